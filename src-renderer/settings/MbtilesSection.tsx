import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { importMbtilesInput, type MbtilesInfo } from '@shared/schemas/geo';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormTextField } from '../forms/fields/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const degrees = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 4 });

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  if (bytes < 1024 * 1024) return `${decimal.format(bytes / 1024)} Kio`;
  if (bytes < 1024 ** 3) return `${decimal.format(bytes / 1024 ** 2)} Mio`;
  return `${decimal.format(bytes / 1024 ** 3)} Gio`;
}

function formatBounds({ west, south, east, north }: MbtilesInfo['bounds']): string {
  return `ouest ${degrees.format(west)}°, sud ${degrees.format(south)}°, est ${degrees.format(east)}°, nord ${degrees.format(north)}°`;
}

/** Importing an offline base layer by its path on this PC (the main process copies it), and what is installed. */
export function MbtilesSection({ editable }: { editable: boolean }) {
  const basemap = useQuery(rpcQuery('basemap.status', {}));
  const form = useForm({ defaultValues: { path: '' }, resolver: zodResolver(importMbtilesInput) });
  // The import makes the file the chosen layer: the invalidation rules refresh the map settings shown above too.
  const importMbtiles = useRpcMutation('basemap.importMbtiles');
  const [imported, setImported] = useState<string | null>(null);
  const info = basemap.data?.mbtiles ?? null;

  const onSubmit = (event: React.FormEvent) => {
    setImported(null);
    void form.handleSubmit(async (parsed) => {
      try {
        const status = await importMbtiles.mutateAsync(parsed);
        form.reset();
        setImported(status.mbtiles?.name ?? parsed.path);
      } catch (error) {
        showServerError(form, error);
      }
    })(event);
  };
  const pending = form.formState.isSubmitting;

  return (
    <section aria-labelledby="mbtiles-title">
      <Typography variant="h2" id="mbtiles-title" gutterBottom>
        {editable ? 'Importer un fond de carte MBTiles' : 'Fond de carte MBTiles'}
      </Typography>
      {editable && (
        <Typography sx={{ mb: 1, maxWidth: 720 }}>
          Un fichier MBTiles (tuiles raster PNG, JPEG ou WebP, tel qu'en produisent QGIS ou GDAL) permet d'afficher la
          carte sans réseau. Le fichier est copié dans le dossier de données de ce poste et n'est envoyé nulle part.
        </Typography>
      )}
      {editable && (
        <form onSubmit={onSubmit} noValidate style={{ maxWidth: 720 }}>
          <FormTextField
            control={form.control}
            name="path"
            label="Chemin du fichier MBTiles sur ce poste"
            placeholder="/home/utilisateur/cartes/gironde.mbtiles ou C:\Cartes\gironde.mbtiles"
            slotProps={{ htmlInput: { spellCheck: false } }}
            helperText="Chemin complet du fichier ; il sera copié puis activé comme fond de carte."
          />
          <FormErrorAlert error={form.formState.errors.root?.server} />
          {imported && (
            <Alert severity="success" sx={{ mt: 2 }}>
              Fond de carte « {imported} » importé et activé.
            </Alert>
          )}
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={pending}>
            {pending ? 'Import en cours…' : 'Importer le fichier MBTiles'}
          </Button>
        </form>
      )}
      <Typography variant="h3" id="mbtiles-installed-title" sx={{ mt: 3, mb: 1, fontSize: '1.15rem', fontWeight: 600 }}>
        Fichier installé
      </Typography>
      {info ? (
        <Box
          component="dl"
          aria-labelledby="mbtiles-installed-title"
          sx={{
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            columnGap: 2,
            rowGap: 0.5,
            m: 0,
            maxWidth: 720,
            '& dt': { fontWeight: 600 },
            '& dd': { m: 0 },
          }}
        >
          <dt>Nom</dt>
          <dd>{info.name}</dd>
          <dt>Format des tuiles</dt>
          <dd>{info.format.toUpperCase()}</dd>
          <dt>Niveaux de zoom</dt>
          <dd>
            {info.minzoom} à {info.maxzoom}
          </dd>
          <dt>Emprise</dt>
          <dd>{formatBounds(info.bounds)}</dd>
          <dt>Taille</dt>
          <dd>{formatBytes(info.sizeBytes)}</dd>
          {info.attribution && (
            <>
              <dt>Source</dt>
              <dd>{info.attribution}</dd>
            </>
          )}
        </Box>
      ) : (
        basemap.data && <Typography>Aucun fichier MBTiles n'est installé sur ce poste.</Typography>
      )}
    </section>
  );
}
