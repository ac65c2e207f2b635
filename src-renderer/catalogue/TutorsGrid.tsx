import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Tutor } from '@shared/schemas/catalogue';
import { dateOrDash, personName } from '../cases/labels';
import { ListGrid, type ServerPaging } from './ListGrid';
import { cataloguePaths } from './routes';

const TUTOR: GridColDef<Tutor> = {
  field: 'name',
  headerName: 'Tuteur',
  flex: 1.3,
  minWidth: 200,
  hideable: false,
  valueGetter: (_value, row) => personName(row),
  renderCell: ({ row }) => (
    <div>
      <Typography sx={{ fontWeight: 600 }}>{personName(row)}</Typography>
      <Typography variant="body2" color="text.secondary">
        {[row.phone, row.email].filter(Boolean).join(' · ')}
      </Typography>
    </div>
  ),
};
const HOST: GridColDef<Tutor> = {
  field: 'hostName',
  headerName: 'Structure',
  flex: 1.3,
  minWidth: 180,
  renderCell: ({ row, tabIndex }) => (
    <Link href={cataloguePaths.host(row.hostId)} tabIndex={tabIndex}>
      {row.hostName}
    </Link>
  ),
};
const OTHERS: GridColDef<Tutor>[] = [
  { field: 'role', headerName: 'Fonction', flex: 1, minWidth: 150, valueGetter: (_value, row) => row.role ?? '—' },
  {
    field: 'trainings',
    headerName: 'Formations suivies',
    flex: 1.5,
    minWidth: 200,
    valueGetter: (_value, row) =>
      row.trainings.length === 0
        ? 'Aucune'
        : row.trainings.map((training) => `${training.module} (${dateOrDash(training.date)})`).join(' ; '),
    renderCell: ({ row }) =>
      row.trainings.length === 0 ? (
        'Aucune'
      ) : (
        <div>
          {row.trainings.map((training, index) => (
            <Typography key={index} variant="body2">
              {training.module} ({dateOrDash(training.date)})
            </Typography>
          ))}
        </div>
      ),
  },
  {
    field: 'posts',
    headerName: 'Postes encadrés',
    flex: 1.5,
    minWidth: 200,
    valueGetter: (_value, row) => (row.posts.length === 0 ? 'Aucun' : row.posts.map((post) => post.title).join(' ; ')),
    renderCell: ({ row, tabIndex }) =>
      row.posts.length === 0 ? (
        'Aucun'
      ) : (
        <div>
          {row.posts.map((post) => (
            <Typography key={post.id} variant="body2">
              <Link href={cataloguePaths.post(post.id)} tabIndex={tabIndex}>
                {post.title}
              </Link>
            </Typography>
          ))}
        </div>
      ),
  },
  { field: 'phone', headerName: 'Téléphone', width: 140, valueGetter: (_value, row) => row.phone ?? '' },
  { field: 'email', headerName: 'E-mail', minWidth: 200, valueGetter: (_value, row) => row.email ?? '' },
  {
    field: 'birthDate',
    headerName: 'Date de naissance',
    width: 150,
    valueGetter: (_value, row) => dateOrDash(row.birthDate),
  },
  {
    field: 'birthPlace',
    headerName: 'Lieu de naissance',
    minWidth: 150,
    valueGetter: (_value, row) => row.birthPlace ?? '',
  },
];
const HIDDEN = ['phone', 'email', 'birthDate', 'birthPlace'];

interface Props {
  rows: readonly Tutor[];
  loading: boolean;
  emptyText: string;
  /** Server-side pages (all tutors); the structure file gets all its tutors at once. */
  paging?: ServerPaging;
  /** The all-tutors list names the structure and opens it on a click; the structure file edits instead. */
  withHost?: boolean;
  onEdit?: (tutor: Tutor) => void;
}

export function TutorsGrid({ rows, loading, emptyText, paging, withHost = true, onEdit }: Props) {
  const navigate = useNavigate();
  const columns = useMemo(() => {
    const edit: GridColDef<Tutor>[] = onEdit
      ? [
          {
            field: 'actions',
            headerName: 'Actions',
            width: 110,
            hideable: false,
            disableExport: true,
            renderCell: ({ row, tabIndex }) => (
              <Button
                size="small"
                tabIndex={tabIndex}
                onClick={() => onEdit(row)}
                aria-label={`Modifier le tuteur ${personName(row)}`}
              >
                Modifier
              </Button>
            ),
          },
        ]
      : [];
    return [TUTOR, ...(withHost ? [HOST] : []), ...OTHERS, ...edit];
  }, [withHost, onEdit]);
  return (
    <ListGrid
      label="Tuteurs"
      rows={rows}
      columns={columns}
      loading={loading}
      emptyText={emptyText}
      paging={paging}
      csvFileName="tuteurs-page"
      hiddenColumns={HIDDEN}
      onRowClick={withHost ? (tutor) => navigate(cataloguePaths.host(tutor.hostId)) : undefined}
      size={withHost ? 'page' : 'card'}
    />
  );
}
