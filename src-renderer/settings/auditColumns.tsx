import Box from '@mui/material/Box';
import type { GridColDef } from '@mui/x-data-grid';
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

function summaryOf(method: string): string {
  return isMethodName(method) ? contract[method].summary : '';
}

/**
 * The audit trail's columns. Each keeps its text as the cell's value, so the CSV export says what the screen says;
 * the operation shows its summary under the method name.
 */
export const AUDIT_COLUMNS: GridColDef<AuditEntry>[] = [
  { field: 'seq', headerName: 'N°', type: 'number', width: 90 },
  {
    field: 'at',
    headerName: 'Date',
    width: 180,
    valueFormatter: (value: string) => formatDateTime(value),
  },
  { field: 'username', headerName: 'Utilisateur', width: 160, valueGetter: (value: string | null) => value ?? '—' },
  { field: 'role', headerName: 'Rôle', width: 170, valueGetter: (value: string | null) => roleLabel(value) },
  {
    field: 'method',
    headerName: 'Opération',
    flex: 1,
    minWidth: 280,
    renderCell: ({ row }) => {
      const summary = summaryOf(row.method);
      return (
        <Box sx={{ py: 0.75, lineHeight: 1.4 }}>
          <Box component="span" sx={{ fontFamily: 'ui-monospace, Consolas, monospace' }}>
            {row.method}
          </Box>
          {summary && (
            <Box component="span" sx={{ display: 'block', fontSize: '0.85em', color: '#3a3a3a' }}>
              {summary}
            </Box>
          )}
        </Box>
      );
    },
  },
  {
    field: 'outcome',
    headerName: 'Résultat',
    width: 190,
    valueGetter: (_value, row) => OUTCOME_LABELS[row.outcome] + (row.errorCode ? ` (${row.errorCode})` : ''),
    cellClassName: ({ row }) => (row.outcome === 'ok' ? '' : 'audit-outcome--failed'),
  },
];
