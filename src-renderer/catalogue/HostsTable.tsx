import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { HOST_TYPE_LABELS, NATIONAL_PARTNERSHIP_LABELS } from '@shared/domain/catalogue/host-types';
import type { Host } from '@shared/schemas/catalogue';
import { formatInteger } from '../app/format';
import { useNavigate } from 'react-router';
import { HabilitationChip } from './HabilitationChip';
import { cataloguePaths } from './routes';

/** Host organisations; a click on the row opens the structure file. */
export function HostsTable({ items, emptyText }: { items: readonly Host[]; emptyText: string }) {
  const navigate = useNavigate();
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Structures d’accueil">
        <TableHead>
          <TableRow>
            <TableCell>Structure</TableCell>
            <TableCell>Type</TableCell>
            <TableCell>Commune</TableCell>
            <TableCell>Dépt</TableCell>
            <TableCell>Habilitation</TableCell>
            <TableCell align="right">Postes</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((host) => (
            <TableRow
              key={host.id}
              hover
              onClick={() => navigate(cataloguePaths.host(host.id))}
              sx={{ cursor: 'pointer', verticalAlign: 'top' }}
            >
              <TableCell>
                <Link
                  sx={{ fontWeight: 600 }}
                  href={cataloguePaths.host(host.id)}
                  onClick={(event) => event.stopPropagation()}
                >
                  {host.name}
                </Link>
                {host.nationalPartnership && (
                  <Typography variant="body2" color="text.secondary">
                    Partenariat national : {NATIONAL_PARTNERSHIP_LABELS[host.nationalPartnership]}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{HOST_TYPE_LABELS[host.type]}</TableCell>
              <TableCell>{[host.postalCode, host.city].filter(Boolean).join(' ') || '—'}</TableCell>
              <TableCell>{host.departement ?? '—'}</TableCell>
              <TableCell>
                <HabilitationChip host={host} />
              </TableCell>
              <TableCell align="right">{formatInteger(host.postsCount)}</TableCell>
            </TableRow>
          ))}
          {items.length === 0 && (
            <TableRow>
              <TableCell colSpan={6}>{emptyText}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
