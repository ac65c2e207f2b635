import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { AppError } from '@shared/errors';
import type { AuditVerification } from '@shared/schemas/audit';
import { useRpc } from '../app/RpcContext';
import { formatInteger } from '../app/format';

/** Checks the hash chain of the audit trail and says plainly whether it is intact. */
export function AuditVerifyPanel({ onVerified }: { onVerified: () => void }) {
  const rpc = useRpc();
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const verify = async () => {
    setPending(true);
    setError(null);
    try {
      setResult(await rpc.call('audit.verify', {}));
      // The check is itself audited: refresh the list so the counts agree.
      onVerified();
    } catch (caught) {
      setResult(null);
      setError(caught instanceof AppError ? caught.message : 'Une erreur inattendue est survenue.');
    } finally {
      setPending(false);
    }
  };

  return (
    <Box sx={{ mb: 3 }}>
      <Button variant="contained" onClick={() => void verify()} disabled={pending}>
        {pending ? 'Vérification…' : "Vérifier l'intégrité"}
      </Button>
      <Box aria-live="polite" sx={{ mt: 2 }}>
        {error && <Alert severity="error">{error}</Alert>}
        {result?.ok && (
          <Alert severity="success">
            Journal intègre : {formatInteger(result.checked)} entrée(s) vérifiée(s), aucune modification ni suppression
            détectée.
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
