import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { formatDateTime, formatInteger } from '../app/format';
import { useRpcMutation } from '../queries/useRpcMutation';

/**
 * Checks the hash chain of the audit trail and says plainly whether it is intact. The check is itself audited: the
 * list refreshes after it (every call makes the audit trail stale), so the counts agree.
 */
export function AuditVerifyPanel() {
  const verify = useRpcMutation('audit.verify');
  const result = verify.data;

  return (
    <Box sx={{ mb: 3 }}>
      <Button variant="contained" onClick={() => verify.mutate({})} disabled={verify.isPending}>
        {verify.isPending ? 'Vérification…' : "Vérifier l'intégrité"}
      </Button>
      <Box aria-live="polite" sx={{ mt: 2 }}>
        {verify.error && <Alert severity="error">{verify.error.message}</Alert>}
        {result?.ok && (
          <Alert severity="success">
            Journal intègre : {formatInteger(result.checked)} entrée(s) vérifiée(s), aucune modification ni suppression
            détectée.
            {result.lastCheckpoint &&
              ` Concorde avec le point de contrôle signé du ${formatDateTime(result.lastCheckpoint.at)} (entrée n° ${formatInteger(result.lastCheckpoint.seq)}).`}
          </Alert>
        )}
        {result && !result.ok && (
          <Alert severity="error">
            Intégrité compromise
            {result.firstBadSeq !== null && ` à partir de l'entrée n° ${result.firstBadSeq}`} (
            {formatInteger(result.checked)} entrée(s) vérifiée(s)). {result.problem ?? ''}
          </Alert>
        )}
      </Box>
    </Box>
  );
}
