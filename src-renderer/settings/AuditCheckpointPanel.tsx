import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ExportCheckpointOutput } from '@shared/schemas/audit';
import { formatDateTime, formatInteger } from '../app/format';
import { useRpcMutation } from '../queries/useRpcMutation';

/** The text an administrator prints or keeps: enough to check later that this device's trail was not rewritten. */
function exportText(data: ExportCheckpointOutput): string {
  const lines = [
    'TIG Desk — point de contrôle du journal d’audit',
    `Empreinte de la clé de ce poste : ${data.publicKeyFingerprint}`,
  ];
  const checkpoint = data.checkpoint;
  if (checkpoint) {
    lines.push(
      `Point de contrôle : entrée n° ${checkpoint.seq} (${checkpoint.count} entrées) du ${formatDateTime(checkpoint.at)}`,
      `Empreinte du journal : ${checkpoint.headHash}`,
      `Signature : ${checkpoint.signature}`,
    );
  }
  return lines.join('\n');
}

/**
 * The latest signed checkpoint of the audit trail and the fingerprint of the device key, to print or keep outside
 * the PC: a trail later rewritten, or a key replaced, no longer matches what was kept.
 */
export function AuditCheckpointPanel() {
  const exported = useRpcMutation('audit.exportCheckpoint');
  const [copied, setCopied] = useState(false);
  const data = exported.data;

  const copy = async () => {
    if (!data) return;
    await navigator.clipboard.writeText(exportText(data));
    setCopied(true);
  };

  return (
    <Box sx={{ mb: 3 }}>
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          onClick={() => {
            setCopied(false);
            exported.mutate({});
          }}
          disabled={exported.isPending}
        >
          Afficher le point de contrôle signé
        </Button>
        {data && (
          <Button variant="text" onClick={() => void copy()}>
            {copied ? 'Copié' : 'Copier pour le conserver'}
          </Button>
        )}
      </Stack>
      <Box aria-live="polite" sx={{ mt: 2 }}>
        {exported.error && <Alert severity="error">{exported.error.message}</Alert>}
        {data && (
          <Alert severity={data.checkpoint ? 'info' : 'warning'}>
            {data.checkpoint ? (
              <Typography variant="body2">
                Dernier point de contrôle : entrée n° {formatInteger(data.checkpoint.seq)} du{' '}
                {formatDateTime(data.checkpoint.at)}.
              </Typography>
            ) : (
              <Typography variant="body2">
                Aucun point de contrôle n’a pu être signé : lancez la vérification d’intégrité.
              </Typography>
            )}
            <Typography variant="body2">
              Empreinte de la clé de ce poste : <code>{data.publicKeyFingerprint}</code>
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Imprimez ou conservez ces informations hors du poste : un journal réécrit ne correspondra plus.
            </Typography>
          </Alert>
        )}
      </Box>
    </Box>
  );
}
