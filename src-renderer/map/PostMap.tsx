import 'leaflet/dist/leaflet.css';
import './map.css';
import Box from '@mui/material/Box';
import L from 'leaflet';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { AttributionControl, Circle, MapContainer, Marker, ZoomControl, useMap } from 'react-leaflet';
import { BaseLayers, MAP_MAX_ZOOM } from './BaseLayers';
import type { MapPoint } from './clusterIndex';
import { ClusterLayer } from './ClusterLayer';
import { fanOut } from './fanOut';
import type { BaseLayerConfig } from './useBasemap';
import { clusterTimings, useClusters, type MapView } from './useClusters';

export interface Origin {
  latitude: number;
  longitude: number;
  label: string;
}

/** Ranked suggestions drawn above the clusters with their rank. */
export interface Highlight {
  id: string;
  rank: number;
  latitude: number;
  longitude: number;
  title: string;
}

/** A request to show a place; `seq` changes to repeat the same place. */
export interface FocusRequest {
  latitude: number;
  longitude: number;
  zoom: number;
  seq: number;
}

/** Metropolitan France: the first view when there is no person to centre on. */
const FRANCE: L.LatLngBoundsExpression = [
  [41.3, -5.2],
  [51.1, 9.6],
];

interface Props {
  label: string;
  points: readonly MapPoint[] | null;
  basemap: BaseLayerConfig;
  origin: Origin | null;
  radiusKm: number | null;
  selectedId: string | null;
  highlights?: readonly Highlight[];
  focus: FocusRequest | null;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  onView?: (view: MapView) => void;
  /** Overlays drawn over the map (the post card). */
  children?: ReactNode;
}

/** The Leaflet map of posts: base layers, clusters, the person's home with its radius, and the ranked suggestions. */
export function PostMap(props: Props) {
  const {
    label,
    points,
    basemap,
    origin,
    radiusKm,
    selectedId,
    highlights = [],
    focus,
    onSelect,
    onHover,
    onView,
    children,
  } = props;
  const [view, setView] = useState<MapView | null>(null);
  const { index, features } = useClusters(points, view);
  const latitude = origin?.latitude;
  const longitude = origin?.longitude;
  const originBounds = useMemo(
    () =>
      latitude !== undefined && longitude !== undefined ? circleBounds(latitude, longitude, radiusKm ?? 10) : null,
    [latitude, longitude, radiusKm],
  );

  return (
    <Box
      role="region"
      aria-label={label}
      data-cluster-build-ms={clusterTimings.buildMs.toFixed(1)}
      data-cluster-query-ms={clusterTimings.queryMs.toFixed(1)}
      data-cluster-count={features.length}
      sx={{
        position: 'relative',
        flex: 1,
        minHeight: 320,
        minWidth: 0,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        overflow: 'hidden',
      }}
    >
      <MapContainer
        className="tig-map"
        bounds={originBounds ?? FRANCE}
        preferCanvas
        zoomControl={false}
        attributionControl={false}
        maxZoom={MAP_MAX_ZOOM}
        minZoom={2}
        zoomSnap={0.5}
        worldCopyJump={false}
        style={{ position: 'absolute', inset: 0 }}
      >
        <BaseLayers config={basemap} />
        <ZoomControl position="topleft" zoomInTitle="Zoom avant" zoomOutTitle="Zoom arrière" />
        <AttributionControl position="bottomright" prefix="Leaflet" />
        <ViewTracker
          onView={(next) => {
            setView(next);
            onView?.(next);
          }}
        />
        <ResizeWatcher />
        <ClusterLayer index={index} features={features} selectedId={selectedId} onSelect={onSelect} onHover={onHover} />
        {origin && <OriginLayer origin={origin} radiusKm={radiusKm} bounds={originBounds} />}
        <RankLayer highlights={highlights} selectedId={selectedId} onSelect={onSelect} onHover={onHover} />
        <FocusController focus={focus} />
      </MapContainer>
      {children}
    </Box>
  );
}

function circleBounds(latitude: number, longitude: number, radiusKm: number): L.LatLngBounds {
  return L.latLng(latitude, longitude).toBounds(radiusKm * 2000);
}

function readView(map: L.Map): MapView {
  const bounds = map.getBounds();
  const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));
  return {
    bounds: {
      west: clamp(bounds.getWest(), 180),
      south: clamp(bounds.getSouth(), 90),
      east: clamp(bounds.getEast(), 180),
      north: clamp(bounds.getNorth(), 90),
    },
    zoom: map.getZoom(),
  };
}

/**
 * Reports the viewport once at start and after every move or zoom (not during: clusters follow on moveend). The
 * listener is registered once: re-registering on each render would miss a moveend fired by another layer's effect
 * in the same commit (a fitBounds of more than 4 levels is not animated, so its events are synchronous).
 */
function ViewTracker({ onView }: { onView: (view: MapView) => void }) {
  const map = useMap();
  const latest = useRef(onView);
  useEffect(() => {
    latest.current = onView;
  }, [onView]);
  useEffect(() => {
    const report = () => latest.current(readView(map));
    map.on('moveend', report);
    report();
    return () => {
      map.off('moveend', report);
    };
  }, [map]);
  return null;
}

/** The panels beside the map change its size: Leaflet must be told. */
function ResizeWatcher() {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}

function FocusController({ focus }: { focus: FocusRequest | null }) {
  const map = useMap();
  useEffect(() => {
    if (!focus) return;
    map.flyTo([focus.latitude, focus.longitude], Math.max(map.getZoom(), focus.zoom), { duration: 0.5 });
  }, [map, focus]);
  return null;
}

const homeIcon = L.divIcon({ className: 'tig-home', html: '<span aria-hidden="true">⌂</span>', iconSize: [28, 28] });

function OriginLayer({
  origin,
  radiusKm,
  bounds,
}: {
  origin: Origin;
  radiusKm: number | null;
  bounds: L.LatLngBounds | null;
}) {
  const map = useMap();
  // A new place (or radius) brings the whole circle into view.
  useEffect(() => {
    if (bounds) map.fitBounds(bounds, { padding: [16, 16] });
  }, [map, bounds]);
  return (
    <>
      {radiusKm !== null && (
        <Circle
          center={[origin.latitude, origin.longitude]}
          radius={radiusKm * 1000}
          interactive={false}
          pathOptions={{ color: '#b3261e', weight: 2, dashArray: '6 4', fillColor: '#b3261e', fillOpacity: 0.05 }}
        />
      )}
      <Marker
        position={[origin.latitude, origin.longitude]}
        icon={homeIcon}
        title={origin.label}
        keyboard={false}
        zIndexOffset={2000}
        eventHandlers={{
          add: (event) => (event.target as L.Marker).getElement()?.setAttribute('aria-label', origin.label),
        }}
      />
    </>
  );
}

interface RankProps {
  highlights: readonly Highlight[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

/** The suggestions by rank; several at one address are fanned out around it (recomputed on zoom). */
function RankLayer({ highlights, selectedId, onSelect, onHover }: RankProps) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  // Registered once, for the same reason as ViewTracker.
  useEffect(() => {
    const update = () => setZoom(map.getZoom());
    map.on('zoomend', update);
    update();
    return () => {
      map.off('zoomend', update);
    };
  }, [map]);
  const moved = useMemo(
    () => fanOut(map, highlights, (item) => [item.latitude, item.longitude], 5),
    // The zoom decides the fan's size in degrees.
    [map, highlights, zoom],
  );
  return (
    <>
      {highlights.map((item) => {
        const at = moved.get(item);
        return (
          <RankMarker
            key={item.id}
            item={at ? { ...item, latitude: at.lat, longitude: at.lng } : item}
            selected={item.id === selectedId}
            onSelect={onSelect}
            onHover={onHover}
          />
        );
      })}
    </>
  );
}

function RankMarker({
  item,
  selected,
  onSelect,
  onHover,
}: {
  item: Highlight;
  selected: boolean;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}) {
  const icon = useMemo(
    () =>
      L.divIcon({
        className: `tig-rank${selected ? ' tig-rank--selected' : ''}`,
        html: String(item.rank),
        iconSize: [30, 30],
      }),
    [item.rank, selected],
  );
  return (
    <Marker
      position={[item.latitude, item.longitude]}
      icon={icon}
      title={`Proposition n° ${item.rank} : ${item.title}`}
      zIndexOffset={1500 - item.rank}
      eventHandlers={{
        click: () => onSelect(item.id),
        keypress: (event) => {
          const key = (event as L.LeafletKeyboardEvent).originalEvent.key;
          if (key === 'Enter' || key === ' ') onSelect(item.id);
        },
        mouseover: () => onHover(item.id),
        mouseout: () => onHover(null),
      }}
    />
  );
}
