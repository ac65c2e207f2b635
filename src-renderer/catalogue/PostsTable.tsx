import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { POST_CATEGORY_LABELS } from '@shared/domain/catalogue/post-categories';
import type { Post } from '@shared/schemas/catalogue';
import { useNavigate } from 'react-router';
import { cataloguePaths } from './routes';

/** Posts; a click on the row opens the post file. `withHost` adds the structure column (all-posts list). */
export function PostsTable({
  items,
  emptyText,
  withHost = true,
  label = 'Postes de TIG',
}: {
  items: readonly Post[];
  emptyText: string;
  withHost?: boolean;
  label?: string;
}) {
  const navigate = useNavigate();
  const columns = withHost ? 6 : 5;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>Poste</TableCell>
            {withHost && <TableCell>Structure</TableCell>}
            <TableCell>Commune</TableCell>
            <TableCell align="right">Places libres</TableCell>
            <TableCell>Liste départementale</TableCell>
            <TableCell>État</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((post) => (
            <TableRow
              key={post.id}
              hover
              onClick={() => navigate(cataloguePaths.post(post.id))}
              sx={{ cursor: 'pointer', verticalAlign: 'top' }}
            >
              <TableCell>
                <Link
                  sx={{ fontWeight: 600 }}
                  href={cataloguePaths.post(post.id)}
                  onClick={(event) => event.stopPropagation()}
                >
                  {post.title}
                </Link>
                <Typography variant="body2" color="text.secondary">
                  {POST_CATEGORY_LABELS[post.category]}
                  {post.openToMinors ? ' · ouvert aux mineurs' : ''}
                </Typography>
              </TableCell>
              {withHost && <TableCell>{post.hostName}</TableCell>}
              <TableCell>{[post.postalCode, post.city].filter(Boolean).join(' ') || '—'}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {post.placesFree} / {post.places}
              </TableCell>
              <TableCell>{post.registrationLabel}</TableCell>
              <TableCell>{post.active ? 'Ouvert' : 'Fermé'}</TableCell>
            </TableRow>
          ))}
          {items.length === 0 && (
            <TableRow>
              <TableCell colSpan={columns}>{emptyText}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
