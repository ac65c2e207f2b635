import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { updateGeoSettingsInput, type BaseLayer } from '@shared/schemas/geo';
import { useRpc } from '../app/RpcContext';
import { useSession } from '../app/SessionContext';
import { useRpcQuery, type RpcQuery } from '../app/useRpcQuery';
import type { MethodOutput } from '@shared/rpc/contract';
import { ChoiceGroup } from '../catalogue/ChoiceGroup';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';
import { GazetteerSection } from './GazetteerSection';
import { MbtilesSection } from './MbtilesSection';

export const LAYER_LABELS: Record<BaseLayer, string> = {
  online: 'En ligne',
  mbtiles: 'Fichier MBTiles importé',
  fallback: 'Contour simplifié (hors ligne)',
};
const LAYER_OPTIONS = (Object.keys(LAYER_LABELS) as BaseLayer[]).map((key) => [key, LAYER_LABELS[key]] as const);

type GeoSettingsQuery = RpcQuery<MethodOutput<'geo.getSettings'>>;
type BasemapQuery = RpcQuery<MethodOutput<'basemap.status'>>;

/**
 * "Carte et adresses": base layers and geocoding (DESIGN.md §7). The administrator edits everything; the référent
 * territorial sees the base layer read-only and maintains the gazetteer of communes.
 */
export function MapSettingsPage() {
  const { session } = useSession();
  const isAdmin = session.user?.role === 'admin';
  const settings = useRpcQuery('geo.getSettings', {});
  const basemap = useRpcQuery('basemap.status', {});

  return (
    <>
      <section aria-labelledby="basemap-title">
        <Typography variant="h2" id="basemap-title" gutterBottom>
          Fond de carte
        </Typography>
        <BasemapStatusText basemap={basemap} />
        {settings.error && <Alert severity="error">{settings.error.message}</Alert>}
        {isAdmin ? (
          <>
            <ActiveLayerForm settings={settings} basemap={basemap} />
            <TileServerForm settings={settings} basemap={basemap} />
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
      <MbtilesSection basemap={basemap} editable={isAdmin} onImported={settings.reload} />
      <Divider sx={{ my: 4 }} />
      <GazetteerSection />
      <Divider sx={{ my: 4 }} />
      <AddressApiForm settings={settings} editable={isAdmin} />
    </>
  );
}

function BasemapStatusText({ basemap }: { basemap: BasemapQuery }) {
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

function ActiveLayerForm({ settings, basemap }: { settings: GeoSettingsQuery; basemap: BasemapQuery }) {
  const rpc = useRpc();
  const form = useZodForm({ activeLayer: '' });
  const [done, setDone] = useState(false);
  const loaded = settings.data?.activeLayer;
  useEffect(() => {
    if (loaded !== undefined) form.set('activeLayer', loaded);
  }, [loaded]);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setDone(false);
    void form.submit(updateGeoSettingsInput, { activeLayer: form.values.activeLayer }, async (parsed) => {
      await rpc.call('geo.updateSettings', parsed);
      await Promise.all([settings.reload(), basemap.reload()]);
      setDone(true);
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate style={{ maxWidth: 720 }}>
      <ChoiceGroup
        label="Fond de carte à utiliser"
        options={LAYER_OPTIONS}
        value={form.values.activeLayer}
        onChange={(value) => form.set('activeLayer', value)}
        error={form.fieldErrors.activeLayer}
      />
      <FormErrorAlert error={form.formError} />
      {done && (
        <Alert severity="success" sx={{ mt: 2 }}>
          Fond de carte enregistré.
        </Alert>
      )}
      <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending || loaded === undefined}>
        {form.pending ? 'Enregistrement…' : 'Appliquer ce fond de carte'}
      </Button>
    </form>
  );
}

function TileServerForm({ settings, basemap }: { settings: GeoSettingsQuery; basemap: BasemapQuery }) {
  const rpc = useRpc();
  const form = useZodForm({ tileUrlTemplate: '', attribution: '' });
  const [done, setDone] = useState(false);
  const loaded = settings.data;
  useEffect(() => {
    if (loaded) form.reset({ tileUrlTemplate: loaded.tileUrlTemplate, attribution: loaded.attribution });
  }, [loaded?.tileUrlTemplate, loaded?.attribution]);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setDone(false);
    const input = { tileUrlTemplate: form.values.tileUrlTemplate, attribution: form.values.attribution };
    void form.submit(updateGeoSettingsInput, input, async (parsed) => {
      await rpc.call('geo.updateSettings', parsed);
      await Promise.all([settings.reload(), basemap.reload()]);
      setDone(true);
    });
  };

  return (
    <section aria-labelledby="tile-server-title">
      <Typography variant="h3" id="tile-server-title" sx={{ mt: 4, mb: 1, fontSize: '1.15rem', fontWeight: 600 }}>
        Serveur de tuiles en ligne
      </Typography>
      <form onSubmit={onSubmit} noValidate style={{ maxWidth: 720 }}>
        <TextField
          label="Adresse des tuiles en ligne"
          disabled={!loaded}
          multiline
          {...form.text('tileUrlTemplate', 'Adresse https:// complète contenant {z}, {x} et {y}.')}
        />
        <TextField
          label="Mention de la source des tuiles"
          disabled={!loaded}
          {...form.text('attribution', 'Affichée en bas de la carte, p. ex. « © IGN – Géoplateforme ».')}
        />
        <FormErrorAlert error={form.formError} />
        {done && (
          <Alert severity="success" sx={{ mt: 2 }}>
            Serveur de tuiles enregistré. Rechargez la page pour l'utiliser.
          </Alert>
        )}
        <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending || !loaded}>
          {form.pending ? 'Enregistrement…' : 'Enregistrer le serveur de tuiles'}
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

function AddressApiForm({ settings, editable }: { settings: GeoSettingsQuery; editable: boolean }) {
  const rpc = useRpc();
  const form = useZodForm({ addressApiUrl: '' });
  const [done, setDone] = useState(false);
  const loaded = settings.data?.addressApiUrl;
  useEffect(() => {
    if (loaded !== undefined) form.set('addressApiUrl', loaded);
  }, [loaded]);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setDone(false);
    void form.submit(updateGeoSettingsInput, { addressApiUrl: form.values.addressApiUrl }, async (parsed) => {
      await rpc.call('geo.updateSettings', parsed);
      await settings.reload();
      setDone(true);
    });
  };

  return (
    <section aria-labelledby="address-api-title">
      <Typography variant="h2" id="address-api-title" gutterBottom>
        Adresse nationale
      </Typography>
      <Typography sx={{ mb: 1, maxWidth: 720 }}>
        Les adresses saisies sont recherchées en ligne auprès de ce service (format de l'API Adresse nationale), sinon
        dans le répertoire des communes ; un lieu peut toujours être placé à la main sur la carte.
      </Typography>
      {editable ? (
        <form onSubmit={onSubmit} noValidate style={{ maxWidth: 720 }}>
          <TextField
            label="Adresse du service de géocodage en ligne"
            disabled={loaded === undefined}
            {...form.text(
              'addressApiUrl',
              'Par exemple https://api-adresse.data.gouv.fr. Laissez vide pour ne géocoder qu’hors ligne.',
            )}
          />
          <FormErrorAlert error={form.formError} />
          {done && (
            <Alert severity="success" sx={{ mt: 2 }}>
              {form.values.addressApiUrl.trim() === ''
                ? 'Géocodage en ligne désactivé : seul le répertoire des communes sera utilisé.'
                : 'Adresse du service de géocodage enregistrée.'}
            </Alert>
          )}
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending || loaded === undefined}>
            {form.pending ? 'Enregistrement…' : 'Enregistrer l’adresse du service'}
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
