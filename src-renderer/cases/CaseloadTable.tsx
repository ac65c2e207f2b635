import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { CONSENT_LABELS } from '@shared/domain/consent';
import { MEASURE_TYPE_LABELS } from '@shared/domain/measure-types';
import type { CASELOAD_SORTS, CaseloadItem } from '@shared/schemas/caseload';
import { useNavigate } from 'react-router';
import { HoursProgress } from './HoursProgress';
import { CONSENT_SHORT, MEASURE_TYPE_SHORT, dateOrDash, personName } from './labels';
import { casesPaths } from './routes';
import { AlertChip, StatusChip } from './StatusChip';

export type CaseloadSort = (typeof CASELOAD_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

interface Props {
  items: readonly CaseloadItem[];
  sort: CaseloadSort;
  direction: SortDirection;
  onSort: (sort: CaseloadSort) => void;
  /** Shown in the empty row. */
  emptyText: string;
  labelledBy: string;
}

export function CaseloadTable({ items, sort, direction, onSort, emptyText, labelledBy }: Props) {
  const navigate = useNavigate();
  const header = (label: string, key?: CaseloadSort): ReactNode => (
    <TableCell sortDirection={key === sort ? direction : false}>
      {key ? (
        <TableSortLabel active={key === sort} direction={key === sort ? direction : 'asc'} onClick={() => onSort(key)}>
          {label}
        </TableSortLabel>
      ) : (
        label
      )}
    </TableCell>
  );
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-labelledby={labelledBy}>
        <TableHead>
          <TableRow>
            {header('Personne', 'name')}
            {header('Statut')}
            {header('Consentement')}
            {header('CPIP')}
            {header('Heures', 'remaining')}
            {header('Échéance', 'deadline')}
            {header('Dernière séance', 'lastSession')}
            {header('Reçue le', 'registered')}
            {header('Alertes')}
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow
              key={item.measureId}
              hover
              onClick={() => navigate(casesPaths.measure(item.measureId))}
              sx={{ cursor: 'pointer', verticalAlign: 'top' }}
            >
              <TableCell>
                <Link
                  sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
                  href={casesPaths.measure(item.measureId)}
                  onClick={(event) => event.stopPropagation()}
                >
                  {personName(item)}
                </Link>
                <Typography variant="body2" color="text.secondary">
                  {item.dossierNumber} ·{' '}
                  <abbr title={MEASURE_TYPE_LABELS[item.type]} style={{ textDecoration: 'none' }}>
                    {MEASURE_TYPE_SHORT[item.type]}
                  </abbr>
                </Typography>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <StatusChip status={item.status} />
              </TableCell>
              <TableCell title={CONSENT_LABELS[item.consentStatus]}>{CONSENT_SHORT[item.consentStatus]}</TableCell>
              <TableCell>{item.officerName ?? <em>Non attribuée</em>}</TableCell>
              <TableCell>
                <HoursProgress credited={item.creditedMinutes} ordered={item.hoursOrdered * 60} compact />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateOrDash(item.effectiveDeadline)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateOrDash(item.lastPresentDate)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateOrDash(item.registeredOn)}</TableCell>
              <TableCell>
                <Stack spacing={0.5} sx={{ alignItems: 'flex-start', minWidth: 180, maxWidth: 260 }}>
                  {item.alerts.map((alert) => (
                    <AlertChip key={alert.kind} severity={alert.severity} message={alert.message} />
                  ))}
                </Stack>
              </TableCell>
            </TableRow>
          ))}
          {items.length === 0 && (
            <TableRow>
              <TableCell colSpan={9}>{emptyText}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
