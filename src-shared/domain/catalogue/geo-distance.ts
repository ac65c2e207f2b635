const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two WGS84 points. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Latitude/longitude box that contains every point within `km` of the centre (for a spatial index), on the same
 * sphere as haversineKm: the latitude reach is the angular radius, the longitude reach that of the circle's tangent
 * meridians (asin(sin d / cos lat), wider than d / cos lat far north or south), and every longitude when the circle
 * reaches a pole; widened by a billionth so that points exactly on the circle stay inside despite rounding.
 * Longitudes are not wrapped at ±180°.
 */
export function boundingBox(
  lat: number,
  lon: number,
  km: number,
): { minLat: number; maxLat: number; minLon: number; maxLon: number } {
  const angular = (km / EARTH_RADIUS_KM) * (1 + 1e-9);
  const dLat = (angular * 180) / Math.PI;
  const ratio = Math.sin(Math.min(angular, Math.PI / 2)) / Math.cos((lat * Math.PI) / 180);
  if (!(ratio < 1) || Math.abs(lat) + dLat >= 90)
    return { minLat: lat - dLat, maxLat: lat + dLat, minLon: -180, maxLon: 180 };
  const dLon = (Math.asin(ratio) * 180) / Math.PI;
  return { minLat: lat - dLat, maxLat: lat + dLat, minLon: lon - dLon, maxLon: lon + dLon };
}

/** "4,2 km", "850 m", "12 km" (rounded first, so 0.996 km reads "1,0 km" and 9.96 km "10 km"). */
export function formatDistance(km: number): string {
  const metres = Math.round(km * 100) * 10;
  if (metres < 1000) return `${metres} m`;
  const tenths = Math.round(km * 10);
  if (tenths < 100) return `${(tenths / 10).toFixed(1).replace('.', ',')} km`;
  return `${Math.round(km)} km`;
}
