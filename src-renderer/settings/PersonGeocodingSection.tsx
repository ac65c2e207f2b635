import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';

/**
 * Whether a person's home address may be sent to the online geocoding service (settings.update, administrator
 * only). Off by default: the page says in plain words what leaves the PC in each case.
 */
export function PersonGeocodingSection({ editable }: { editable: boolean }) {
  const settings = useQuery(rpcQuery('settings.get', {}));
  const update = useRpcMutation('settings.update');
  const [saved, setSaved] = useState<boolean | null>(null);
  const online = settings.data?.personAddressesOnline;

  const toggle = (next: boolean) => {
    setSaved(null);
    update.mutate({ personAddressesOnline: next }, { onSuccess: (result) => setSaved(result.personAddressesOnline) });
  };

  return (
    <section aria-labelledby="person-geocoding-title">
      <Typography variant="h2" id="person-geocoding-title" gutterBottom>
        Adresses des personnes suivies
      </Typography>
      <Typography sx={{ mb: 1, maxWidth: 720 }}>
        Par défaut, l’adresse du domicile d’une personne suivie ne quitte pas ce poste : elle est recherchée dans le
        répertoire des communes enregistré ici (position de la commune, à ajuster à la main sur la carte). Il en va de
        même de ce qui est saisi dans « Autour de » sur la carte. Les adresses des structures d’accueil et des postes de
        TIG, elles, peuvent être envoyées au service de géocodage en ligne.
      </Typography>
      <Typography sx={{ mb: 1, maxWidth: 720 }}>
        Si vous autorisez l’envoi, la rue, le code postal et la commune d’une personne sont transmis au service de
        géocodage en ligne (adresse ci-dessus) chaque fois qu’on demande à la localiser, sans son nom ni aucune autre
        donnée du dossier ; ce service voit aussi l’adresse réseau du poste.
      </Typography>
      {settings.error && <Alert severity="error">{settings.error.message}</Alert>}
      {editable ? (
        <>
          <FormControlLabel
            control={
              <Switch
                checked={online ?? false}
                disabled={online === undefined || update.isPending}
                onChange={(event) => toggle(event.target.checked)}
              />
            }
            label="Envoyer les adresses des personnes suivies au service de géocodage en ligne"
          />
          {update.error && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {update.error.message}
            </Alert>
          )}
          {saved !== null && (
            <Alert severity="success" sx={{ mt: 1, maxWidth: 720 }}>
              {saved
                ? 'Envoi autorisé : les adresses des personnes suivies seront recherchées en ligne.'
                : 'Envoi désactivé : les adresses des personnes suivies restent sur ce poste.'}
            </Alert>
          )}
        </>
      ) : (
        online !== undefined && (
          <Typography>
            {online ? (
              <>
                Actuellement : <strong>envoyées au service en ligne</strong>.
              </>
            ) : (
              <>
                Actuellement : <strong>gardées sur ce poste</strong>.
              </>
            )}{' '}
            Seul l'administrateur local peut le modifier.
          </Typography>
        )
      )}
    </section>
  );
}
