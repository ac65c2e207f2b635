import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import { AppError } from '@shared/errors';
import type { AuditEntry } from '@shared/schemas/audit';
import { useRpc } from '../app/RpcContext';
import { formatInteger } from '../app/format';
import { AuditRow } from './AuditRow';
import { AuditVerifyPanel } from './AuditVerifyPanel';

const PAGE_SIZE = 100;

/** The audit trail, newest first, loaded page by page. */
export function AuditPage() {
  const rpc = useRpc();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const load = useCallback(
    async (beforeSeq?: number) => {
      setLoading(true);
      try {
        const page = await rpc.call(
          'audit.list',
          beforeSeq === undefined ? { limit: PAGE_SIZE } : { beforeSeq, limit: PAGE_SIZE },
        );
        setEntries((previous) => (beforeSeq === undefined ? page.entries : [...previous, ...page.entries]));
        setTotal(page.total);
        setError(null);
      } catch (caught) {
        setError(caught instanceof AppError ? caught : new AppError('INTERNAL', 'Une erreur inattendue est survenue.'));
      } finally {
        setLoading(false);
      }
    },
    [rpc],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const oldest = entries.at(-1)?.seq;
  const hasMore = total !== null && entries.length < total && oldest !== undefined && oldest > 1;
  return (
    <section aria-labelledby="audit-title">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 2, gap: 2 }}>
        <Typography variant="h2" id="audit-title">
          Journal d'audit
        </Typography>
        <Button variant="outlined" onClick={() => void load()} disabled={loading}>
          Actualiser
        </Button>
      </Stack>
      <AuditVerifyPanel onVerified={() => void load()} />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.message}
        </Alert>
      )}
      {total !== null && (
        <Typography sx={{ mb: 1 }} color="text.secondary">
          {formatInteger(entries.length)} entrée(s) affichée(s) sur {formatInteger(total)}, de la plus récente à la plus
          ancienne.
        </Typography>
      )}
      {loading && <LinearProgress aria-label="Chargement du journal" sx={{ mb: 1 }} />}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-labelledby="audit-title">
          <TableHead>
            <TableRow>
              <TableCell>N°</TableCell>
              <TableCell>Date</TableCell>
              <TableCell>Utilisateur</TableCell>
              <TableCell>Rôle</TableCell>
              <TableCell>Opération</TableCell>
              <TableCell>Résultat</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map((entry) => (
              <AuditRow key={entry.seq} entry={entry} />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {hasMore && (
        <Button sx={{ mt: 2 }} variant="outlined" disabled={loading} onClick={() => void load(oldest)}>
          Afficher les entrées plus anciennes
        </Button>
      )}
    </section>
  );
}
