import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { formatDistance } from '@shared/domain/catalogue/geo-distance';
import { POST_CATEGORY_LABELS, type PostCategory } from '@shared/domain/catalogue/post-categories';
import { describeSlots, type WeeklySlot } from '@shared/domain/weekly-slots';
import type { Post } from '@shared/schemas/catalogue';
import type { PostSummary } from '@shared/schemas/map';
import { rpcQuery } from '../queries/rpcQuery';
import { categoryColour, freePlacesLabel } from './categoryColours';

export function CategoryBadge({ category }: { category: PostCategory }) {
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, fontSize: '0.85rem', fontWeight: 600 }}
    >
      <Box
        component="span"
        aria-hidden="true"
        sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: categoryColour(category), flexShrink: 0 }}
      />
      {POST_CATEGORY_LABELS[category]}
    </Box>
  );
}

export function slotsText(slots: readonly WeeklySlot[]): string {
  return slots.length > 0 ? describeSlots(slots) : 'horaires à convenir';
}

type Flags = Pick<PostSummary, 'openToMinors' | 'pmrAccessible' | 'publicTransport'> & {
  drivingLicenceRequired?: boolean;
  nightWork?: boolean;
};

function flagLabels(post: Flags): string[] {
  const labels: string[] = [];
  if (post.openToMinors) labels.push('Ouvert aux mineurs');
  if (post.pmrAccessible) labels.push('Accessible PMR');
  if (post.publicTransport) labels.push('Transports en commun');
  if (post.drivingLicenceRequired) labels.push('Permis exigé');
  if (post.nightWork) labels.push('Travail de nuit');
  return labels;
}

export function FlagChips({ post }: { post: Flags }) {
  const labels = flagLabels(post);
  if (labels.length === 0) return null;
  return (
    <Box
      component="ul"
      aria-label="Accessibilité et conditions"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, listStyle: 'none', p: 0, m: 0, mt: 0.5 }}
    >
      {labels.map((label) => (
        <li key={label}>
          <Chip size="small" variant="outlined" label={label} />
        </li>
      ))}
    </Box>
  );
}

/** The few lines of a post in a list (map.list or a suggestion), from its summary. */
export function PostSummaryLines({ post }: { post: PostSummary }) {
  const place = [post.postalCode, post.city].filter(Boolean).join(' ') || 'commune non renseignée';
  return (
    <>
      <CategoryBadge category={post.category} />
      <Typography component="p" sx={{ fontWeight: 700, lineHeight: 1.3 }}>
        {post.title}
      </Typography>
      <Typography component="p" variant="body2">
        {post.hostName} — {place}
        {post.distanceKm !== null && ` — à ${formatDistance(post.distanceKm)}`}
      </Typography>
      <Typography component="p" variant="body2" color="text.secondary">
        {slotsText(post.schedule)}
      </Typography>
      <Typography
        component="p"
        variant="body2"
        sx={{ fontWeight: 600, color: post.placesFree > 0 ? '#1e4620' : '#5f2120' }}
      >
        {freePlacesLabel(post.placesFree)} sur {post.places}
      </Typography>
    </>
  );
}

function address(post: Post): string {
  const town = [post.postalCode, post.city].filter(Boolean).join(' ');
  return [post.street, town].filter(Boolean).join(', ') || 'adresse non renseignée';
}

/** The full card of one post (posts.get), over the map when a marker is hovered or selected. */
export function PostCard({ postId, onClose }: { postId: string; onClose?: () => void }) {
  // Hovering from marker to marker: the previous card stays until the next one has come.
  const query = useQuery({ ...rpcQuery('posts.get', { id: postId }), placeholderData: keepPreviousData });
  const post = query.data && query.data.id === postId ? query.data : null;
  return (
    <Paper
      component="section"
      aria-label="Fiche du poste"
      elevation={4}
      sx={{
        position: 'absolute',
        top: 12,
        right: 12,
        zIndex: 1000,
        width: 340,
        maxWidth: 'calc(100% - 80px)',
        maxHeight: 'calc(100% - 48px)',
        overflow: 'auto',
        p: 2,
      }}
    >
      {onClose && (
        <IconButton
          aria-label="Fermer la fiche"
          size="small"
          onClick={onClose}
          sx={{ position: 'absolute', top: 4, right: 4 }}
        >
          <span aria-hidden="true">×</span>
        </IconButton>
      )}
      {!post && query.isFetching && <LinearProgress aria-label="Chargement de la fiche du poste" />}
      {!post && query.error && <Typography color="error">{query.error.message}</Typography>}
      {post && (
        <>
          <CategoryBadge category={post.category} />
          <Typography variant="h3" component="h2" sx={{ mt: 0.5, pr: 3 }}>
            {post.title}
          </Typography>
          <Typography sx={{ fontWeight: 600 }}>{post.hostName}</Typography>
          <Typography variant="body2">{address(post)}</Typography>
          <Typography variant="body2" sx={{ mt: 1 }}>
            <strong>Créneaux :</strong> {slotsText(post.schedule)}
          </Typography>
          <Typography variant="body2" sx={{ fontWeight: 600, color: post.placesFree > 0 ? '#1e4620' : '#5f2120' }}>
            {freePlacesLabel(post.placesFree)} sur {post.places}
          </Typography>
          {post.tutors.length > 0 && (
            <Typography variant="body2">
              <strong>Tuteur{post.tutors.length > 1 ? 's' : ''} :</strong>{' '}
              {post.tutors.map((tutor) => tutor.name).join(', ')}
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary">
            {post.registrationLabel}
            {!post.hostHabilitated && ' — structure non habilitée'}
          </Typography>
          <FlagChips post={post} />
          {post.description && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {post.description}
            </Typography>
          )}
        </>
      )}
    </Paper>
  );
}
