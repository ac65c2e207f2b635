import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { PostSummary } from '@shared/schemas/map';
import { formatInteger } from '../app/format';
import { useDebounced } from '../cases/useDebounced';
import { rpcQuery } from '../queries/rpcQuery';
import { CLUSTER_MAX_ZOOM, type MapPoint } from './clusterIndex';
import { initialFilters, radiusOf, toMapFilters, type FilterState } from './filterState';
import { MapFilters } from './MapFilters';
import { OriginPicker } from './OriginPicker';
import { PostCard } from './PostCard';
import { PostList } from './PostList';
import { PostMap, type FocusRequest, type Origin } from './PostMap';
import { useBasemap } from './useBasemap';
import type { MapView } from './useClusters';
import { useHoverCard } from './useHoverCard';

/** Height of the area under the app bar (64 px) and the main padding (2 × 24 px). */
export const FULL_HEIGHT = 'calc(100vh - 112px)';

/** Carte (#/carte): every post matching the filters, clustered; the list of the visible ones beside the map. */
export function MapPage() {
  const basemap = useBasemap();
  const [filterState, setFilterState] = useState<FilterState>(() => initialFilters());
  const [origin, setOrigin] = useState<Origin | null>(null);
  const [view, setView] = useState<MapView | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const card = useHoverCard();

  const filters = useMemo(() => toMapFilters(filterState, origin), [filterState, origin]);
  const settledFilters = useDebounced(filters, 250);
  // The previous points stay on the map while the next filters are asked.
  const points = useQuery({
    ...rpcQuery('map.points', { filters: settledFilters }),
    placeholderData: keepPreviousData,
  });
  const settledBounds = useDebounced(view?.bounds ?? null, 300);
  const mapPoints = (points.data?.points ?? null) as readonly MapPoint[] | null;

  const centre = view
    ? { latitude: (view.bounds.north + view.bounds.south) / 2, longitude: (view.bounds.east + view.bounds.west) / 2 }
    : null;
  const onView = useCallback((next: MapView) => setView(next), []);
  const pick = (post: PostSummary) => {
    card.select(post.id);
    if (post.latitude !== null && post.longitude !== null) {
      setFocus((previous) => ({
        latitude: post.latitude!,
        longitude: post.longitude!,
        zoom: CLUSTER_MAX_ZOOM + 1,
        seq: (previous?.seq ?? 0) + 1,
      }));
    }
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: FULL_HEIGHT, minHeight: 560, gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h1">Carte des postes</Typography>
        <Typography role="status" color="text.secondary">
          {points.data
            ? `${formatInteger(points.data.total)} poste${points.data.total > 1 ? 's' : ''} correspondant${points.data.total > 1 ? 's' : ''} aux filtres`
            : 'Chargement des postes…'}
        </Typography>
      </Box>
      <MapFilters
        value={filterState}
        onChange={setFilterState}
        radiusLabel="Rayon (km)"
        place={<OriginPicker value={origin} onChange={setOrigin} mapCentre={centre} />}
      />
      <Box sx={{ height: 4 }}>{points.isFetching && <LinearProgress aria-label="Chargement des postes" />}</Box>
      {points.error && <Alert severity="error">{points.error.message}</Alert>}
      <Box sx={{ display: 'flex', gap: 2, flex: 1, minHeight: 0 }}>
        <PostMap
          label="Carte des postes"
          points={mapPoints}
          basemap={basemap}
          origin={origin}
          radiusKm={origin ? radiusOf(filterState) : null}
          selectedId={card.selectedId}
          focus={focus}
          onSelect={card.select}
          onHover={card.hover}
          onView={onView}
        >
          {card.shownId && (
            <PostCard postId={card.shownId} onClose={card.selectedId ? () => card.select(null) : undefined} />
          )}
        </PostMap>
        <PostList filters={settledFilters} bounds={settledBounds} selectedId={card.selectedId} onPick={pick} />
      </Box>
    </Box>
  );
}
