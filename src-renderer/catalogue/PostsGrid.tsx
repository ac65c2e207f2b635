import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useNavigate } from 'react-router';
import { POST_CATEGORY_LABELS } from '@shared/domain/catalogue/post-categories';
import type { Post } from '@shared/schemas/catalogue';
import { ListGrid, type ServerPaging } from './ListGrid';
import { cataloguePaths } from './routes';

const POST: GridColDef<Post> = {
  field: 'title',
  headerName: 'Poste',
  flex: 2,
  minWidth: 220,
  hideable: false,
  renderCell: ({ row, tabIndex }) => (
    <div>
      <Link sx={{ fontWeight: 600 }} href={cataloguePaths.post(row.id)} tabIndex={tabIndex}>
        {row.title}
      </Link>
      <Typography variant="body2" color="text.secondary">
        {POST_CATEGORY_LABELS[row.category]}
        {row.openToMinors ? ' · ouvert aux mineurs' : ''}
      </Typography>
    </div>
  ),
};
const HOST: GridColDef<Post> = {
  field: 'hostName',
  headerName: 'Structure',
  flex: 1.5,
  minWidth: 180,
  renderCell: ({ row, tabIndex }) => (
    <Link href={cataloguePaths.host(row.hostId)} tabIndex={tabIndex}>
      {row.hostName}
    </Link>
  ),
};
const OTHERS: GridColDef<Post>[] = [
  {
    field: 'city',
    headerName: 'Commune',
    flex: 1,
    minWidth: 140,
    valueGetter: (_value, row) => [row.postalCode, row.city].filter(Boolean).join(' ') || '—',
  },
  {
    field: 'placesFree',
    headerName: 'Places libres',
    width: 120,
    align: 'right',
    headerAlign: 'right',
    valueGetter: (_value, row) => `${row.placesFree} / ${row.places}`,
  },
  { field: 'registrationLabel', headerName: 'Liste départementale', flex: 1.2, minWidth: 170 },
  {
    field: 'active',
    headerName: 'État',
    width: 90,
    valueGetter: (_value, row) => (row.active ? 'Ouvert' : 'Fermé'),
  },
  {
    field: 'category',
    headerName: 'Catégorie',
    minWidth: 160,
    valueGetter: (_value, row) => POST_CATEGORY_LABELS[row.category],
  },
  {
    field: 'tutors',
    headerName: 'Tuteurs',
    minWidth: 180,
    valueGetter: (_value, row) => row.tutors.map((tutor) => tutor.name).join(', '),
  },
];
const HIDDEN = ['category', 'tutors'];
const WITH_HOST = [POST, HOST, ...OTHERS];
const WITHOUT_HOST = [POST, ...OTHERS];

/**
 * Posts, one page from the server; the title (or a click on the row) opens the post file. The all-posts list names
 * the structure; the structure file lists its own posts in a card.
 */
export function PostsGrid({
  rows,
  loading,
  emptyText,
  paging,
  withHost = true,
  label = 'Postes de TIG',
}: {
  rows: readonly Post[];
  loading: boolean;
  emptyText: string;
  paging: ServerPaging;
  withHost?: boolean;
  label?: string;
}) {
  const navigate = useNavigate();
  return (
    <ListGrid
      label={label}
      rows={rows}
      columns={withHost ? WITH_HOST : WITHOUT_HOST}
      loading={loading}
      emptyText={emptyText}
      paging={paging}
      csvFileName="postes-page"
      hiddenColumns={HIDDEN}
      onRowClick={(post) => navigate(cataloguePaths.post(post.id))}
      size={withHost ? 'page' : 'card'}
    />
  );
}
