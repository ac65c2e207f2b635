import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { MethodInput, MethodOutput } from '@shared/rpc/contract';
import { updateGeoSettingsInput, type BaseLayer } from '@shared/schemas/geo';
import { useSession } from '../app/SessionContext';
import { FormChoiceGroup } from '../catalogue/FormChoiceGroup';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';
import { GazetteerSection } from './GazetteerSection';
import { MbtilesSection } from './MbtilesSection';
import { PersonGeocodingSection } from './PersonGeocodingSection';

export const LAYER_LABELS: Record<BaseLayer, string> = {
  online: 'En ligne',
  mbtiles: 'Fichier MBTiles importé',
  fallback: 'Contour simplifié (hors ligne)',
};
const LAYER_OPTIONS = (Object.keys(LAYER_LABELS) as BaseLayer[]).map((key) => [key, LAYER_LABELS[key]] as const);

type GeoSettings = MethodOutput<'geo.getSettings'>;

/**
 * "Carte et adresses": base layers and geocoding (DESIGN.md §7). The administrator edits everything; the référent
 * territorial sees the base layer read-only and maintains the gazetteer of communes.
 */
export function MapSettingsPage() {
  const { session } = useSession();
  const isAdmin = session.user?.role === 'admin';
  const settings = useQuery(rpcQuery('geo.getSettings', {}));

  return (
    <>
      <section aria-labelledby="basemap-title">
        <Typography variant="h2" id="basemap-title" gutterBottom>
          Fond de carte
        </Typography>
        <BasemapStatusText />
        {settings.error && <Alert severity="error">{settings.error.message}</Alert>}
        {isAdmin ? (
          <>
            <ActiveLayerForm settings={settings.data} />
            <TileServerForm settings={settings.data} />
          </>
        ) : (
          settings.data && (
            <Typography sx={{ mt: 1, maxWidth: 720 }}>
              Fond choisi : <strong>{LAYER_LABELS[settings.data.activeLayer]}</strong> ; source des tuiles en ligne :{' '}
              <strong>{settings.data.attribution}</strong>. Seul l'administrateur local peut les modifier.
            </Typography>
          )
        )}
      </section>
      <Divider sx={{ my: 4 }} />
      <MbtilesSection editable={isAdmin} />
      <Divider sx={{ my: 4 }} />
      <GazetteerSection />
      <Divider sx={{ my: 4 }} />
      <AddressApiForm settings={settings.data} editable={isAdmin} />
      <Divider sx={{ my: 4 }} />
      <PersonGeocodingSection editable={isAdmin} />
    </>
  );
}

function BasemapStatusText() {
  const basemap = useQuery(rpcQuery('basemap.status', {}));
  const status = basemap.data;
  return (
    <>
      {basemap.error && <Alert severity="error">{basemap.error.message}</Alert>}
      {status && (
        <Typography role="status" sx={{ maxWidth: 720 }}>
          Fond affiché sur ce poste : <strong>{LAYER_LABELS[status.active]}</strong>
          {status.active !== status.preferred && (
            <> (le fond choisi, « {LAYER_LABELS[status.preferred]} », n'est pas disponible sur ce poste)</>
          )}
          .
        </Typography>
      )}
      <Typography variant="body2" sx={{ mt: 1, maxWidth: 720 }}>
        Le contour simplifié de la France est toujours dessiné sous le fond choisi : la carte s'affiche même sans réseau
        ni fichier importé.
      </Typography>
    </>
  );
}

/**
 * One of the three settings forms: filled with the stored values once they arrive (and again after a save, since
 * the save makes them stale), saved through geo.updateSettings.
 */
function useGeoSettingsForm(stored: MethodInput<'geo.updateSettings'> | undefined) {
  const form = useForm({ values: stored, resolver: zodResolver(updateGeoSettingsInput) });
  const update = useRpcMutation('geo.updateSettings');
  const [done, setDone] = useState(false);
  const onSubmit = (event: React.FormEvent) => {
    setDone(false);
    void form.handleSubmit(async (values) => {
      try {
        await update.mutateAsync(values);
        setDone(true);
      } catch (error) {
        showServerError(form, error);
      }
    })(event);
  };
  return { form, onSubmit, done, pending: form.formState.isSubmitting };
}

function ActiveLayerForm({ settings }: { settings: GeoSettings | undefined }) {
  const { form, onSubmit, done, pending } = useGeoSettingsForm(settings && { activeLayer: settings.activeLayer });
  const loaded = settings?.activeLayer;

  return (
    <form onSubmit={onSubmit} noValidate style={{ maxWidth: 720 }}>
      <FormChoiceGroup
        control={form.control}
        name="activeLayer"
        label="Fond de carte à utiliser"
        options={LAYER_OPTIONS}
      />
      <FormErrorAlert error={form.formState.errors.root?.server} />
      {done && (
        <Alert severity="success" sx={{ mt: 2 }}>
          Fond de carte enregistré.
        </Alert>
      )}
      <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={pending || loaded === undefined}>
        {pending ? 'Enregistrement…' : 'Appliquer ce fond de carte'}
      </Button>
    </form>
  );
}

function TileServerForm({ settings }: { settings: GeoSettings | undefined }) {
  const { form, onSubmit, done, pending } = useGeoSettingsForm(
    settings && { tileUrlTemplate: settings.tileUrlTemplate, attribution: settings.attribution },
  );
  const loaded = settings;

  return (
    <section aria-labelledby="tile-server-title">
      <Typography variant="h3" id="tile-server-title" sx={{ mt: 4, mb: 1, fontSize: '1.15rem', fontWeight: 600 }}>
        Serveur de tuiles en ligne
      </Typography>
      <form onSubmit={onSubmit} noValidate style={{ maxWidth: 720 }}>
        <FormTextField
          control={form.control}
          name="tileUrlTemplate"
          label="Adresse des tuiles en ligne"
          disabled={!loaded}
          multiline
          helperText="Adresse https:// complète contenant {z}, {x} et {y}."
        />
        <FormTextField
          control={form.control}
          name="attribution"
          label="Mention de la source des tuiles"
          disabled={!loaded}
          helperText="Affichée en bas de la carte, p. ex. « © IGN – Géoplateforme »."
        />
        <FormErrorAlert error={form.formState.errors.root?.server} />
        {done && (
          <Alert severity="success" sx={{ mt: 2 }}>
            Serveur de tuiles enregistré. Rechargez la page pour l'utiliser.
          </Alert>
        )}
        <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={pending || !loaded}>
          {pending ? 'Enregistrement…' : 'Enregistrer le serveur de tuiles'}
        </Button>
      </form>
      <Alert
        severity="info"
        sx={{ mt: 2, maxWidth: 720 }}
        action={
          <Button color="inherit" size="small" onClick={() => window.location.reload()}>
            Recharger
          </Button>
        }
      >
        Un nouveau serveur de tuiles ne s'applique qu'après rechargement de la page : la politique de sécurité de
        l'application (CSP) n'autorise que le serveur connu au chargement.
      </Alert>
    </section>
  );
}

function AddressApiForm({ settings, editable }: { settings: GeoSettings | undefined; editable: boolean }) {
  const loaded = settings?.addressApiUrl;
  const { form, onSubmit, done, pending } = useGeoSettingsForm(
    loaded === undefined ? undefined : { addressApiUrl: loaded },
  );

  return (
    <section aria-labelledby="address-api-title">
      <Typography variant="h2" id="address-api-title" gutterBottom>
        Adresse nationale
      </Typography>
      <Typography sx={{ mb: 1, maxWidth: 720 }}>
        Les adresses des structures d’accueil et des postes sont recherchées en ligne auprès de ce service (format de
        l'API Adresse nationale), sinon dans le répertoire des communes ; celles des personnes suivies restent sur ce
        poste sauf autorisation ci-dessous. Un lieu peut toujours être placé à la main sur la carte.
      </Typography>
      {editable ? (
        <form onSubmit={onSubmit} noValidate style={{ maxWidth: 720 }}>
          <FormTextField
            control={form.control}
            name="addressApiUrl"
            label="Adresse du service de géocodage en ligne"
            disabled={loaded === undefined}
            helperText="Par exemple https://api-adresse.data.gouv.fr. Laissez vide pour ne géocoder qu’hors ligne."
          />
          <FormErrorAlert error={form.formState.errors.root?.server} />
          {done && (
            <Alert severity="success" sx={{ mt: 2 }}>
              {loaded === ''
                ? 'Géocodage en ligne désactivé : seul le répertoire des communes sera utilisé.'
                : 'Adresse du service de géocodage enregistrée.'}
            </Alert>
          )}
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={pending || loaded === undefined}>
            {pending ? 'Enregistrement…' : 'Enregistrer l’adresse du service'}
          </Button>
        </form>
      ) : (
        loaded !== undefined && (
          <Typography>
            {loaded === '' ? (
              <>Géocodage en ligne désactivé.</>
            ) : (
              <>
                Service utilisé : <strong>{loaded}</strong>.
              </>
            )}{' '}
            Seul l'administrateur local peut le modifier.
          </Typography>
        )
      )}
    </section>
  );
}
