import { describe, expect, it } from 'vitest';
import { boundingBox, formatDistance, haversineKm } from '@shared/domain/catalogue/geo-distance';

const R = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** The point `km` away from (lat, lon) on the initial bearing `bearing` (degrees, 0 = north), on the same sphere. */
function destination(lat: number, lon: number, bearing: number, km: number): [number, number] {
  const d = km / R;
  const p1 = rad(lat);
  const b = rad(bearing);
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 = rad(lon) + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return [deg(p2), ((deg(l2) + 540) % 360) - 180];
}

const inside = (box: ReturnType<typeof boundingBox>, [lat, lon]: [number, number]) =>
  lat >= box.minLat && lat <= box.maxLat && lon >= box.minLon && lon <= box.maxLon;

describe('haversineKm', () => {
  it('puts Paris (Notre-Dame) about 392 km from Lyon (Bellecour), within 1 %', () => {
    const km = haversineKm(48.853, 2.3499, 45.7578, 4.832);
    expect(km).toBeGreaterThan(392 * 0.99);
    expect(km).toBeLessThan(392 * 1.01);
  });

  it('is symmetric', () => {
    expect(haversineKm(45.7578, 4.832, 48.853, 2.3499)).toBeCloseTo(haversineKm(48.853, 2.3499, 45.7578, 4.832), 9);
  });

  it('is zero between a point and itself', () => {
    expect(haversineKm(48.853, 2.3499, 48.853, 2.3499)).toBe(0);
    expect(haversineKm(-21.1151, 55.5364, -21.1151, 55.5364)).toBe(0);
  });

  it.each([
    [0, 0, 0, 1, 111.195],
    [0, 0, 1, 0, 111.195],
    [60, 0, 60, 1, 55.6],
    [0, 0, 0, 180, Math.PI * R],
    [90, 0, -90, 0, Math.PI * R],
  ])('(%d, %d) → (%d, %d) ≈ %d km', (lat1, lon1, lat2, lon2, expected) => {
    expect(haversineKm(lat1, lon1, lat2, lon2)).toBeCloseTo(expected, 0);
  });

  it('crosses the antimeridian the short way', () => {
    expect(haversineKm(-17.5, 179.9, -17.5, -179.9)).toBeLessThan(25);
  });

  it('measures a point built `km` away as `km` (the test helper agrees)', () => {
    const [lat, lon] = destination(48.85, 2.35, 37, 12.5);
    expect(haversineKm(48.85, 2.35, lat, lon)).toBeCloseTo(12.5, 6);
  });
});

describe('boundingBox', () => {
  const centres: Array<[string, number, number]> = [
    ['Paris', 48.85, 2.35],
    ['Équateur', 0, 0],
    ['La Réunion', -21.1, 55.5],
    ['Cayenne', 4.93, -52.33],
    ['Saint-Pierre-et-Miquelon', 46.78, -56.18],
    ['Laponie', 70, 25],
    ['Svalbard', 80, 10],
  ];

  describe.each(centres)('around %s (%d, %d)', (_name, lat, lon) => {
    it.each([0.5, 10, 40, 200])('contains the points at %d km due north, east, south and west', (km) => {
      const box = boundingBox(lat, lon, km);
      for (const bearing of [0, 90, 180, 270]) expect(inside(box, destination(lat, lon, bearing, km))).toBe(true);
    });

    it('contains every point of the circle of 30 km and its centre', () => {
      const box = boundingBox(lat, lon, 30);
      expect(inside(box, [lat, lon])).toBe(true);
      for (let bearing = 0; bearing < 360; bearing += 1)
        expect(inside(box, destination(lat, lon, bearing, 30))).toBe(true);
    });

    it('is not much larger than needed (a useful filter): points 1 % beyond the radius north and south fall outside', () => {
      const box = boundingBox(lat, lon, 10);
      expect(inside(box, destination(lat, lon, 0, 10.1))).toBe(false);
      expect(inside(box, destination(lat, lon, 180, 10.1))).toBe(false);
    });
  });

  it('is symmetric around its centre', () => {
    const box = boundingBox(45, 5, 20);
    expect(box.maxLat - 45).toBeCloseTo(45 - box.minLat, 12);
    expect(box.maxLon - 5).toBeCloseTo(5 - box.minLon, 12);
    expect(box.maxLon - box.minLon).toBeGreaterThan(box.maxLat - box.minLat);
  });

  it('is a point for a zero radius', () => {
    expect(boundingBox(45, 5, 0)).toEqual({ minLat: 45, maxLat: 45, minLon: 5, maxLon: 5 });
  });

  it('covers every longitude when the circle reaches the pole', () => {
    const box = boundingBox(89.9, 10, 50);
    expect(box.minLon).toBeLessThanOrEqual(-180);
    expect(box.maxLon).toBeGreaterThanOrEqual(180);
    for (const bearing of [0, 45, 135, 225, 315]) expect(inside(box, destination(89.9, 10, bearing, 50))).toBe(true);
  });
});

describe('formatDistance', () => {
  it.each([
    [0, '0 m'],
    [0.004, '0 m'],
    [0.05, '50 m'],
    [0.85, '850 m'],
    [0.854, '850 m'],
    [0.856, '860 m'],
    [0.99, '990 m'],
    [0.996, '1,0 km'],
    [1, '1,0 km'],
    [4.2, '4,2 km'],
    [4.24, '4,2 km'],
    [4.26, '4,3 km'],
    [9.9, '9,9 km'],
    [9.96, '10 km'],
    [10, '10 km'],
    [12, '12 km'],
    [12.4, '12 km'],
    [12.5, '13 km'],
    [392.2, '392 km'],
  ])('%d km → "%s"', (km, text) => {
    expect(formatDistance(km)).toBe(text);
  });
});
