import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Tutor } from '@shared/schemas/catalogue';
import { useNavigate } from 'react-router';
import { dateOrDash, personName } from '../cases/labels';
import { cataloguePaths } from './routes';

interface Props {
  items: readonly Tutor[];
  emptyText: string;
  /** The all-tutors list names the structure and opens it on a click; the structure file edits instead. */
  withHost?: boolean;
  onEdit?: (tutor: Tutor) => void;
}

export function TutorsTable({ items, emptyText, withHost = true, onEdit }: Props) {
  const navigate = useNavigate();
  const columns = 4 + (withHost ? 1 : 0) + (onEdit ? 1 : 0);
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Tuteurs">
        <TableHead>
          <TableRow>
            <TableCell>Tuteur</TableCell>
            {withHost && <TableCell>Structure</TableCell>}
            <TableCell>Fonction</TableCell>
            <TableCell>Formations suivies</TableCell>
            <TableCell>Postes encadrés</TableCell>
            {onEdit && <TableCell>Actions</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((tutor) => (
            <TableRow
              key={tutor.id}
              hover={withHost}
              onClick={withHost ? () => navigate(cataloguePaths.host(tutor.hostId)) : undefined}
              sx={{ cursor: withHost ? 'pointer' : undefined, verticalAlign: 'top' }}
            >
              <TableCell>
                <Typography sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{personName(tutor)}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {[tutor.phone, tutor.email].filter(Boolean).join(' · ')}
                </Typography>
              </TableCell>
              {withHost && (
                <TableCell>
                  <Link href={cataloguePaths.host(tutor.hostId)} onClick={(event) => event.stopPropagation()}>
                    {tutor.hostName}
                  </Link>
                </TableCell>
              )}
              <TableCell>{tutor.role ?? '—'}</TableCell>
              <TableCell>
                {tutor.trainings.length === 0
                  ? 'Aucune'
                  : tutor.trainings.map((training, index) => (
                      <Typography key={index} variant="body2">
                        {training.module} ({dateOrDash(training.date)})
                      </Typography>
                    ))}
              </TableCell>
              <TableCell>
                {tutor.posts.length === 0
                  ? 'Aucun'
                  : tutor.posts.map((post) => (
                      <Typography key={post.id} variant="body2">
                        <Link href={cataloguePaths.post(post.id)} onClick={(event) => event.stopPropagation()}>
                          {post.title}
                        </Link>
                      </Typography>
                    ))}
              </TableCell>
              {onEdit && (
                <TableCell>
                  <Button
                    size="small"
                    onClick={() => onEdit(tutor)}
                    aria-label={`Modifier le tuteur ${personName(tutor)}`}
                  >
                    Modifier
                  </Button>
                </TableCell>
              )}
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
