import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useNavigate } from 'react-router';
import { HOST_TYPE_LABELS, NATIONAL_PARTNERSHIP_LABELS } from '@shared/domain/catalogue/host-types';
import type { Host } from '@shared/schemas/catalogue';
import { formatInteger } from '../app/format';
import { HabilitationChip } from './HabilitationChip';
import { ListGrid, type ServerPaging } from './ListGrid';
import { cataloguePaths } from './routes';

const COLUMNS: GridColDef<Host>[] = [
  {
    field: 'name',
    headerName: 'Structure',
    flex: 2,
    minWidth: 220,
    hideable: false,
    renderCell: ({ row, tabIndex }) => (
      <div>
        <Link sx={{ fontWeight: 600 }} href={cataloguePaths.host(row.id)} tabIndex={tabIndex}>
          {row.name}
        </Link>
        {row.nationalPartnership && (
          <Typography variant="body2" color="text.secondary">
            Partenariat national : {NATIONAL_PARTNERSHIP_LABELS[row.nationalPartnership]}
          </Typography>
        )}
      </div>
    ),
  },
  {
    field: 'type',
    headerName: 'Type',
    flex: 1,
    minWidth: 150,
    valueGetter: (_value, row) => HOST_TYPE_LABELS[row.type],
  },
  {
    field: 'city',
    headerName: 'Commune',
    flex: 1,
    minWidth: 140,
    valueGetter: (_value, row) => [row.postalCode, row.city].filter(Boolean).join(' ') || '—',
  },
  { field: 'departement', headerName: 'Dépt', width: 80, valueGetter: (_value, row) => row.departement ?? '—' },
  {
    field: 'habilitation',
    headerName: 'Habilitation',
    flex: 1.2,
    minWidth: 180,
    valueGetter: (_value, row) => row.habilitationLabel,
    renderCell: ({ row }) => <HabilitationChip host={row} />,
  },
  {
    field: 'postsCount',
    headerName: 'Postes',
    type: 'number',
    width: 90,
    valueFormatter: (value: number) => formatInteger(value),
  },
  { field: 'siret', headerName: 'SIRET', width: 150, valueGetter: (_value, row) => row.siret ?? '' },
  {
    field: 'nationalPartnership',
    headerName: 'Partenariat national',
    minWidth: 160,
    valueGetter: (_value, row) => (row.nationalPartnership ? NATIONAL_PARTNERSHIP_LABELS[row.nationalPartnership] : ''),
  },
  { field: 'contactName', headerName: 'Contact', minWidth: 160, valueGetter: (_value, row) => row.contactName ?? '' },
  {
    field: 'contactPhone',
    headerName: 'Téléphone',
    width: 140,
    valueGetter: (_value, row) => row.contactPhone ?? '',
  },
  {
    field: 'contactEmail',
    headerName: 'E-mail',
    minWidth: 200,
    valueGetter: (_value, row) => row.contactEmail ?? '',
  },
];
const HIDDEN = ['siret', 'nationalPartnership', 'contactName', 'contactPhone', 'contactEmail'];

/** Host organisations, one page from the server; the name (or a click on the row) opens the structure file. */
export function HostsGrid({
  rows,
  loading,
  emptyText,
  paging,
}: {
  rows: readonly Host[];
  loading: boolean;
  emptyText: string;
  paging: ServerPaging;
}) {
  const navigate = useNavigate();
  return (
    <ListGrid
      label="Structures d’accueil"
      rows={rows}
      columns={COLUMNS}
      loading={loading}
      emptyText={emptyText}
      paging={paging}
      csvFileName="structures-page"
      hiddenColumns={HIDDEN}
      onRowClick={(host) => navigate(cataloguePaths.host(host.id))}
    />
  );
}
