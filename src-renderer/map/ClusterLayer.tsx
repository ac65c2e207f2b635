import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { formatInteger } from '../app/format';
import { CATEGORY_COLOURS, FULL_COLOUR, categoryLabelAt, freePlacesLabel } from './categoryColours';
import { isCluster, type ClusterIndex, type ClusterOrPoint } from './clusterIndex';
import { MAP_MAX_ZOOM } from './BaseLayers';
import { fanOut } from './fanOut';

interface Props {
  index: ClusterIndex | null;
  features: readonly ClusterOrPoint[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

function clusterSize(count: number): number {
  if (count < 100) return 34;
  if (count < 1000) return 42;
  if (count < 10000) return 50;
  return 58;
}

function featureKey(feature: ClusterOrPoint, fanned: boolean, zoom: number): string {
  if (isCluster(feature)) return `c${feature.properties.cluster_id}`;
  return `p${feature.properties.id}${fanned ? `@${zoom}` : ''}`;
}

function createMarker(feature: ClusterOrPoint, position: L.LatLng | undefined): L.Marker {
  const [longitude, latitude] = position
    ? [position.lng, position.lat]
    : (feature.geometry.coordinates as [number, number]);
  if (isCluster(feature)) {
    const count = feature.properties.point_count;
    const size = clusterSize(count);
    const label = `${formatInteger(count)} postes regroupés, ${freePlacesLabel(feature.properties.free)} : zoomer pour les voir`;
    return L.marker([latitude, longitude], {
      icon: L.divIcon({ className: 'tig-cluster', html: formatInteger(count), iconSize: [size, size] }),
      title: label,
      keyboard: true,
      riseOnHover: true,
    });
  }
  const { category, free, id } = feature.properties;
  const colour = free > 0 ? (CATEGORY_COLOURS[category] ?? FULL_COLOUR) : FULL_COLOUR;
  const icon = L.divIcon({
    className: 'tig-post',
    html: `<span style="pointer-events:none">${Math.max(0, free)}</span>`,
    iconSize: [26, 26],
  });
  const marker = L.marker([latitude, longitude], { icon, keyboard: true, riseOnHover: true });
  marker.on('add', () => {
    const element = marker.getElement();
    if (!element) return;
    element.style.background = colour;
    element.setAttribute('aria-label', `Poste : ${categoryLabelAt(category)}, ${freePlacesLabel(free)}`);
    element.dataset.postId = id;
  });
  return marker;
}

/**
 * Clusters and single posts of the current viewport, drawn imperatively in one layer group: markers that stay from
 * one view to the next are kept, so that panning does not rebuild hundreds of DOM nodes. Each marker is a
 * keyboard-focusable button (Enter opens it).
 */
export function ClusterLayer({ index, features, selectedId, onSelect, onHover }: Props) {
  const map = useMap();
  const groupRef = useRef<L.LayerGroup | null>(null);
  const markersRef = useRef(new Map<string, L.Marker>());
  const callbacks = useRef({ onSelect, onHover });
  useEffect(() => {
    callbacks.current = { onSelect, onHover };
  }, [onSelect, onHover]);

  useEffect(() => {
    const group = L.layerGroup().addTo(map);
    const markers = markersRef.current;
    groupRef.current = group;
    return () => {
      group.remove();
      markers.clear();
      groupRef.current = null;
    };
  }, [map]);

  // A new index (other filters) means other cluster ids: start from an empty layer.
  useEffect(() => {
    groupRef.current?.clearLayers();
    markersRef.current.clear();
  }, [index]);

  useEffect(() => {
    const group = groupRef.current;
    if (!group || !index) return;
    const markers = markersRef.current;
    const moved = fanOut(map, features, (feature) =>
      isCluster(feature) ? null : [feature.geometry.coordinates[1]!, feature.geometry.coordinates[0]!],
    );
    const zoom = map.getZoom();
    const wanted = new Map(features.map((feature) => [featureKey(feature, moved.has(feature), zoom), feature]));
    for (const [key, marker] of markers) {
      if (!wanted.has(key)) {
        group.removeLayer(marker);
        markers.delete(key);
      }
    }
    for (const [key, feature] of wanted) {
      if (markers.has(key)) continue;
      const marker = createMarker(feature, moved.get(feature));
      const activate = () => {
        if (isCluster(feature)) {
          const zoom = Math.min(index.getClusterExpansionZoom(feature.properties.cluster_id), MAP_MAX_ZOOM);
          const [longitude, latitude] = feature.geometry.coordinates as [number, number];
          map.flyTo([latitude, longitude], Math.max(zoom, map.getZoom() + 1), { duration: 0.4 });
        } else {
          callbacks.current.onSelect(feature.properties.id);
        }
      };
      marker.on('click', activate);
      marker.on('keypress', (event: L.LeafletKeyboardEvent) => {
        if (event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ') activate();
      });
      if (!isCluster(feature)) {
        const id = feature.properties.id;
        marker.on('mouseover', () => callbacks.current.onHover(id));
        marker.on('mouseout', () => callbacks.current.onHover(null));
      }
      markers.set(key, marker);
      group.addLayer(marker);
    }
  }, [features, index, map]);

  // The selection restyles the marker in place, so that a marker chosen with the keyboard keeps the focus.
  useEffect(() => {
    for (const marker of markersRef.current.values()) {
      const element = marker.getElement();
      const postId = element?.dataset.postId;
      if (!element || postId === undefined) continue;
      const selected = postId === selectedId;
      element.classList.toggle('tig-post--selected', selected);
      element.setAttribute('aria-pressed', String(selected));
      marker.setZIndexOffset(selected ? 1000 : 0);
    }
  }, [features, selectedId]);

  return null;
}
