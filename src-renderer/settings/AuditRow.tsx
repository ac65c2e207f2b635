import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { ROLE_LABELS_FR, ROLES, type Role } from '@shared/roles';
import { contract, isMethodName } from '@shared/rpc/contract';
import type { AuditEntry } from '@shared/schemas/audit';
import { formatDateTime } from '../app/format';

const OUTCOME_LABELS: Record<AuditEntry['outcome'], string> = {
  ok: 'Réussi',
  refused: 'Refusé',
  error: 'Erreur',
};

function roleLabel(role: string | null): string {
  if (role === null) return '—';
  return (ROLES as readonly string[]).includes(role) ? ROLE_LABELS_FR[role as Role] : role;
}

export function AuditRow({ entry }: { entry: AuditEntry }) {
  const summary = isMethodName(entry.method) ? contract[entry.method].summary : undefined;
  const outcome = OUTCOME_LABELS[entry.outcome] + (entry.errorCode ? ` (${entry.errorCode})` : '');
  return (
    <TableRow>
      <TableCell>{entry.seq}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</TableCell>
      <TableCell>{entry.username ?? '—'}</TableCell>
      <TableCell>{roleLabel(entry.role)}</TableCell>
      <TableCell>
        <span style={{ fontFamily: 'ui-monospace, Consolas, monospace' }}>{entry.method}</span>
        {summary && (
          <>
            <br />
            <span style={{ fontSize: '0.85em', color: '#3a3a3a' }}>{summary}</span>
          </>
        )}
      </TableCell>
      <TableCell
        sx={{
          color: entry.outcome === 'ok' ? undefined : 'error.main',
          fontWeight: entry.outcome === 'ok' ? 400 : 600,
        }}
      >
        {outcome}
      </TableCell>
    </TableRow>
  );
}
