import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { MethodOutput } from '@shared/rpc/contract';
import { importMbtilesInput, type MbtilesInfo } from '@shared/schemas/geo';
import { useRpc } from '../app/RpcContext';
import type { RpcQuery } from '../app/useRpcQuery';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/useZodForm';

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
export function MbtilesSection({
  basemap,
  editable,
  onImported,
}: {
  basemap: RpcQuery<MethodOutput<'basemap.status'>>;
  editable: boolean;
  /** The import makes the file the chosen layer: the settings shown elsewhere change too. */
  onImported: () => Promise<void>;
}) {
  const rpc = useRpc();
  const form = useZodForm({ path: '' });
  const [imported, setImported] = useState<string | null>(null);
  const info = basemap.data?.mbtiles ?? null;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setImported(null);
    void form.submit(importMbtilesInput, { path: form.values.path }, async (parsed) => {
      const status = await rpc.call('basemap.importMbtiles', parsed);
      await Promise.all([basemap.reload(), onImported()]);
      form.reset();
      setImported(status.mbtiles?.name ?? parsed.path);
    });
  };

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
          <TextField
            label="Chemin du fichier MBTiles sur ce poste"
            placeholder="/home/utilisateur/cartes/gironde.mbtiles ou C:\Cartes\gironde.mbtiles"
            slotProps={{ htmlInput: { spellCheck: false } }}
            {...form.text('path', 'Chemin complet du fichier ; il sera copié puis activé comme fond de carte.')}
          />
          <FormErrorAlert error={form.formError} />
          {imported && (
            <Alert severity="success" sx={{ mt: 2 }}>
              Fond de carte « {imported} » importé et activé.
            </Alert>
          )}
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.pending}>
            {form.pending ? 'Import en cours…' : 'Importer le fichier MBTiles'}
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
