import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { isConsentGiven } from '@shared/domain/consent';
import type { PostSummary } from '@shared/schemas/map';
import { setFlash } from '../app/flash';
import { useNavigate } from 'react-router';
import { personName } from '../cases/labels';
import { casesPaths } from '../cases/routes';
import { useDebounced } from '../cases/useDebounced';
import { rpcQuery } from '../queries/rpcQuery';
import { CLUSTER_MAX_ZOOM, type MapPoint } from './clusterIndex';
import { initialFilters, radiusOf, toMapFilters, type FilterState } from './filterState';
import { FULL_HEIGHT } from './MapPage';
import { MapFilters } from './MapFilters';
import { PlaceFromSuggestionDialog } from './PlaceFromSuggestionDialog';
import { PostCard } from './PostCard';
import { PostMap, type FocusRequest, type Highlight, type Origin } from './PostMap';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useBasemap } from './useBasemap';
import { useHoverCard } from './useHoverCard';

const SUGGESTION_COUNT = 20;
const PLACEABLE = ['a_affecter', 'affecte', 'en_cours', 'suspendu'];

/** #/carte/mesure/<id>: the map centred on the person's home, with the ranked posts and why. */
export function MeasureMapPage({ measureId }: { measureId: string }) {
  const navigate = useNavigate();
  const basemap = useBasemap();
  const measure = useQuery(rpcQuery('measures.get', { id: measureId }));
  const [filterState, setFilterState] = useState<FilterState>(() => initialFilters());
  const [includeExcluded, setIncludeExcluded] = useState(false);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [placing, setPlacing] = useState<PostSummary | null>(null);
  const card = useHoverCard();

  const settledState = useDebounced(filterState, 300);
  const maxDistanceKm = radiusOf(settledState);
  const baseFilters = useMemo(() => toMapFilters(settledState), [settledState]);
  // The previous suggestions stay on screen while the next filters are asked.
  const suggest = useQuery({
    ...rpcQuery('matching.suggest', {
      measureId,
      limit: SUGGESTION_COUNT,
      maxDistanceKm,
      filters: baseFilters,
      includeExcluded,
    }),
    placeholderData: keepPreviousData,
  });

  // The origin object is rebuilt on every answer: keep one per place so that the map does not re-fit for nothing.
  const raw = suggest.data?.origin ?? null;
  const originKey = raw ? `${raw.latitude}|${raw.longitude}|${raw.label}` : '';
  const origin = useMemo<Origin | null>(
    () => (raw ? { latitude: raw.latitude, longitude: raw.longitude, label: `Domicile : ${raw.label}` } : null),
    // Keyed on the place itself, not on the answer object.
    [originKey],
  );
  const pointFilters = useMemo(() => toMapFilters(settledState, origin), [settledState, origin]);
  const points = useQuery({
    ...rpcQuery('map.points', suggest.data ? { filters: pointFilters } : null),
    placeholderData: keepPreviousData,
  });
  const highlights: Highlight[] = useMemo(
    () =>
      (suggest.data?.suggestions ?? []).flatMap((item, index) =>
        item.post.latitude !== null && item.post.longitude !== null
          ? [
              {
                id: item.post.id,
                rank: index + 1,
                latitude: item.post.latitude,
                longitude: item.post.longitude,
                title: item.post.title,
              },
            ]
          : [],
      ),
    [suggest.data],
  );
  // The suggested posts are drawn by their rank, not a second time among the others.
  const mapPoints = useMemo(() => {
    const all = (points.data?.points ?? null) as readonly MapPoint[] | null;
    if (!all) return null;
    const ranked = new Set(highlights.map((item) => item.id));
    return all.filter(([id]) => !ranked.has(id));
  }, [points.data, highlights]);

  const detail = measure.data;
  const activePlacement = detail?.placements.some((placement) => placement.status === 'active') ?? false;
  const consentMissing = detail !== undefined && !isConsentGiven(detail.measure.consentStatus);
  const canPlace =
    detail !== undefined && PLACEABLE.includes(detail.measure.status) && !activePlacement && !consentMissing;
  const show = (post: PostSummary) => {
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
  const backRoute = casesPaths.measure(measureId, 'affectation');

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: FULL_HEIGHT, minHeight: 560, gap: 1 }}>
      <Link href={backRoute}>← Retour à la mesure</Link>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h1">Trouver un poste</Typography>
        {detail && (
          <Typography color="text.secondary">
            {personName(detail.person)} — reste {Math.ceil(detail.measure.progress.remainingMinutes / 60)} h à effectuer
          </Typography>
        )}
      </Box>
      {measure.error && <Alert severity="error">{measure.error.message}</Alert>}
      {detail && activePlacement && (
        <Alert severity="info" variant="outlined">
          Cette mesure a déjà une affectation en cours : mettez-y fin dans l’onglet Affectation avant de placer la
          personne ailleurs.
        </Alert>
      )}
      {detail && !PLACEABLE.includes(detail.measure.status) && (
        <Alert severity="info" variant="outlined">
          La mesure est close : aucune affectation n’est possible.
        </Alert>
      )}
      {consentMissing && PLACEABLE.includes(detail.measure.status) && (
        <Alert severity="warning" variant="outlined">
          Le consentement de la personne n’est pas encore recueilli : les postes sont proposés, mais l’affectation ne
          sera possible qu’après.
        </Alert>
      )}
      {suggest.data && !suggest.data.origin && (
        <Alert severity="warning" variant="outlined">
          Le domicile de la personne n’est pas localisé : les postes sont classés sans tenir compte de la distance.
        </Alert>
      )}
      <MapFilters
        value={filterState}
        onChange={setFilterState}
        conditions={['pmrAccessible', 'publicTransport']}
        radiusLabel="Distance maximale (km)"
      />
      <Box sx={{ display: 'flex', gap: 2, flex: 1, minHeight: 0 }}>
        <PostMap
          label="Carte des postes autour du domicile"
          points={mapPoints}
          basemap={basemap}
          origin={origin}
          radiusKm={origin ? maxDistanceKm : null}
          selectedId={card.selectedId}
          highlights={highlights}
          focus={focus}
          onSelect={card.select}
          onHover={card.hover}
        >
          {card.shownId && (
            <PostCard postId={card.shownId} onClose={card.selectedId ? () => card.select(null) : undefined} />
          )}
          {!suggest.data && suggest.isFetching && (
            <LinearProgress
              aria-label="Chargement de la carte"
              sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 1000 }}
            />
          )}
        </PostMap>
        <SuggestionsPanel
          result={suggest.data ?? null}
          loading={suggest.isFetching}
          error={suggest.error}
          selectedId={card.selectedId}
          includeExcluded={includeExcluded}
          onIncludeExcluded={setIncludeExcluded}
          onShow={show}
          onPlace={canPlace ? setPlacing : null}
        />
      </Box>
      {placing && detail && (
        <PlaceFromSuggestionDialog
          detail={detail}
          post={placing}
          onClose={() => setPlacing(null)}
          onPlaced={() => {
            setFlash(backRoute, `Affectation enregistrée : ${placing.title} — ${placing.hostName}.`);
            navigate(backRoute);
          }}
        />
      )}
    </Box>
  );
}
