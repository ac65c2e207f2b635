import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Bounds } from '@shared/schemas/geo';
import type { MapFilters, PostSummary } from '@shared/schemas/map';
import { formatInteger } from '../app/format';
import { rpcQuery } from '../queries/rpcQuery';
import { FlagChips, PostSummaryLines } from './PostCard';

const LIST_LIMIT = 50;

interface Props {
  filters: MapFilters;
  /** The viewport once it has settled (debounced moveend); null until the map has drawn. */
  bounds: Bounds | null;
  selectedId: string | null;
  onPick: (post: PostSummary) => void;
}

/** The posts of the visible part of the map (map.list), following the viewport and the filters. */
export function PostList({ filters, bounds, selectedId, onPick }: Props) {
  const headingId = useId();
  // The previous list stays while the next viewport or filters are asked.
  const query = useQuery({
    ...rpcQuery('map.list', bounds ? { filters, bounds, limit: LIST_LIMIT } : null),
    placeholderData: keepPreviousData,
  });
  const items = query.data?.items ?? [];
  const total = query.data?.total ?? 0;
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={{
        width: 340,
        flexShrink: 0,
        display: 'flex',
        flexDirection: 'column',
        minHeight: 0,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
      }}
    >
      <Box sx={{ px: 2, pt: 1.5, pb: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="h2" id={headingId} sx={{ fontSize: '1.1rem' }}>
          Postes de la zone affichée
        </Typography>
        <Typography variant="body2" role="status">
          {query.data
            ? `${formatInteger(total)} poste${total > 1 ? 's' : ''}${total > items.length ? ` — les ${items.length} premiers` : ''}`
            : 'Chargement…'}
        </Typography>
      </Box>
      <Box sx={{ height: 4 }}>{query.isFetching && <LinearProgress aria-label="Mise à jour de la liste" />}</Box>
      {query.error && (
        <Alert severity="error" sx={{ m: 1 }}>
          {query.error.message}
        </Alert>
      )}
      <List dense aria-label="Postes de la zone affichée" sx={{ overflow: 'auto', flex: 1, py: 0 }}>
        {items.map((post) => (
          <li key={post.id}>
            <ListItemButton
              selected={post.id === selectedId}
              onClick={() => onPick(post)}
              aria-label={`${post.title}, ${post.hostName}`}
              sx={{ display: 'block', borderBottom: 1, borderColor: 'divider', py: 1 }}
            >
              <PostSummaryLines post={post} />
              <FlagChips post={post} />
            </ListItemButton>
          </li>
        ))}
        {query.data && items.length === 0 && (
          <Typography component="li" sx={{ p: 2 }} color="text.secondary">
            Aucun poste dans cette zone avec ces filtres. Dézoomez ou élargissez les filtres.
          </Typography>
        )}
      </List>
    </Box>
  );
}
