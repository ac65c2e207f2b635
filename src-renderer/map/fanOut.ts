import type L from 'leaflet';

/**
 * Posts of one host often share its address: drawn as they are, they would sit exactly on top of each other. Items
 * with the same coordinates are fanned out on a small circle (in pixels, so per zoom level) around their common
 * place; the others keep theirs (absent from the result).
 */
export function fanOut<T>(
  map: L.Map,
  items: readonly T[],
  coordinates: (item: T) => [latitude: number, longitude: number] | null,
  spacing = 3,
): Map<T, L.LatLng> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const place = coordinates(item);
    if (!place) continue;
    const key = place.join(',');
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const zoom = map.getZoom();
  const moved = new Map<T, L.LatLng>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const centre = map.project(coordinates(group[0]!)!, zoom);
    const radius = 14 + group.length * spacing;
    group.forEach((item, i) => {
      const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
      moved.set(item, map.unproject(centre.add([radius * Math.cos(angle), radius * Math.sin(angle)]), zoom));
    });
  }
  return moved;
}
