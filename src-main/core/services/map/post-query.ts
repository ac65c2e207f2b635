import type { Knex } from 'knex';
import type { MapFilters } from '@shared/schemas/map';
import type { PostSummary } from '@shared/schemas/map';
import { boundingBox, haversineKm } from '@shared/domain/catalogue/geo-distance';
import { decodeBool, decodeJsonArray } from '@core/repo/row-codec';

/** Slot codes each schedule filter accepts, as they appear in the posts' JSON schedule. */
const SCHEDULE_PATTERNS = {
  weekday: [
    'mon_morning',
    'mon_afternoon',
    'tue_morning',
    'tue_afternoon',
    'wed_morning',
    'wed_afternoon',
    'thu_morning',
    'thu_afternoon',
    'fri_morning',
    'fri_afternoon',
  ],
  evening: ['_evening'],
  saturday: ['sat_'],
  sunday: ['sun_'],
} as const;

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/**
 * Posts that can receive a placement today (open, on the departmental list, host habilitated), narrowed by the
 * map's filters and optionally by a box through the R*Tree index. Free places come from the active placements.
 */
export function placeablePosts(
  knex: Knex,
  today: string,
  filters: MapFilters,
  box?: Bounds,
  options: { includeUnplaceable?: boolean } = {},
): Knex.QueryBuilder {
  let query: Knex.QueryBuilder = knex('posts as p').join('hosts as h', 'h.id', 'p.host_id').whereNull('p.deleted_at');
  // Matching asks for the unplaceable posts too, to say why they were left out.
  if (!options.includeUnplaceable) {
    query = query
      .where('p.active', true)
      .where('p.registered', true)
      .where('h.habilitated', true)
      .where((w) => w.whereNull('h.habilitation_valid_until').orWhere('h.habilitation_valid_until', '>=', today));
  }
  if (filters.categories && filters.categories.length > 0) query = query.whereIn('p.category', filters.categories);
  if (filters.schedule && filters.schedule.length > 0) {
    const patterns = filters.schedule.flatMap((f) => SCHEDULE_PATTERNS[f]);
    query = query.where((w) => {
      for (const pattern of patterns) w.orWhere('p.schedule', 'like', `%${pattern}%`);
    });
  }
  if (filters.openToMinors) query = query.where('p.open_to_minors', true);
  if (filters.pmrAccessible) query = query.where('p.pmr_accessible', true);
  if (filters.publicTransport) query = query.where('p.public_transport', true);
  if (filters.freeNow) query = query.whereRaw(`p.places > ${OCCUPIED_SQL}`);
  if (filters.query) {
    const like = `%${filters.query.replace(/[%_]/g, '')}%`;
    query = query.where((w) =>
      w
        .where('p.title', 'like', like)
        .orWhere('p.city', 'like', like)
        .orWhere('h.name', 'like', like)
        .orWhere('p.postal_code', 'like', like),
    );
  }
  const area = filters.near ? boundingBox(filters.near.latitude, filters.near.longitude, filters.near.radiusKm) : null;
  for (const b of [box ? { minLat: box.south, maxLat: box.north, minLon: box.west, maxLon: box.east } : null, area]) {
    if (!b) continue;
    query = query.whereIn(
      'p.rowid',
      knex('posts_rtree')
        .select('id')
        .where('min_lat', '>=', b.minLat)
        .where('max_lat', '<=', b.maxLat)
        .where('min_lon', '>=', b.minLon)
        .where('max_lon', '<=', b.maxLon),
    );
  }
  return query;
}

/**
 * People placed on the post now, through the partial index of active placements: a lookup per post, so a query over
 * a few hundred candidates does not count the whole country's placements.
 */
export const OCCUPIED_SQL =
  "(SELECT count(*) FROM placements pl WHERE pl.post_id = p.id AND pl.status = 'active' AND pl.deleted_at IS NULL)";

export const SUMMARY_COLUMNS = [
  'p.id',
  'p.title',
  'p.city',
  'p.postal_code',
  'p.category',
  'p.places',
  'p.schedule',
  'p.latitude',
  'p.longitude',
  'p.open_to_minors',
  'p.pmr_accessible',
  'p.public_transport',
  'h.name as host_name',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function toSummary(row: any, origin: { latitude: number; longitude: number } | null): PostSummary {
  const distanceKm =
    origin && row.latitude !== null && row.longitude !== null
      ? Math.round(haversineKm(origin.latitude, origin.longitude, row.latitude, row.longitude) * 10) / 10
      : null;
  return {
    id: row.id,
    title: row.title,
    hostName: row.host_name,
    city: row.city ?? null,
    postalCode: row.postal_code ?? null,
    category: row.category,
    places: Number(row.places),
    placesFree: Math.max(0, Number(row.places) - Number(row.occupied ?? 0)),
    schedule: decodeJsonArray(row.schedule),
    latitude: row.latitude ?? null,
    longitude: row.longitude ?? null,
    distanceKm,
    openToMinors: decodeBool(row.open_to_minors),
    pmrAccessible: decodeBool(row.pmr_accessible),
    publicTransport: decodeBool(row.public_transport),
  };
}

/** Whether a point lies within the circle of the `near` filter (the R*Tree box is only its square). */
export function withinNear(filters: MapFilters, latitude: number | null, longitude: number | null): boolean {
  if (!filters.near) return true;
  if (latitude === null || longitude === null) return false;
  return haversineKm(filters.near.latitude, filters.near.longitude, latitude, longitude) <= filters.near.radiusKm;
}
