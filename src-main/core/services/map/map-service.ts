import type { Knex } from 'knex';
import type { MapFilters, PostSummary } from '@shared/schemas/map';
import { POST_CATEGORIES } from '@shared/domain/catalogue/post-categories';
import { OCCUPIED_SQL, placeablePosts, SUMMARY_COLUMNS, toSummary, withinNear, type Bounds } from './post-query';

const CATEGORY_INDEX = new Map<string, number>(POST_CATEGORIES.map((c, i) => [c, i]));

/** Every placeable post matching the filters, as compact points for clustering in the renderer. */
export async function mapPoints(knex: Knex, today: string, filters: MapFilters) {
  const rows = await placeablePosts(knex, today, filters)
    .whereNotNull('p.latitude')
    .select('p.id', 'p.latitude', 'p.longitude', 'p.category', 'p.places', knex.raw(`${OCCUPIED_SQL} AS occupied`));
  const points: Array<[string, number, number, number, number]> = [];
  for (const row of rows) {
    if (!withinNear(filters, row.latitude, row.longitude)) continue;
    points.push([
      row.id,
      row.latitude,
      row.longitude,
      CATEGORY_INDEX.get(row.category) ?? 0,
      Math.max(0, Number(row.places) - Number(row.occupied)),
    ]);
  }
  return { points, total: points.length };
}

/**
 * The posts inside the map's bounds (the list beside the map): nearest to the centre of interest first — the
 * "around" point when set, else the middle of the view — with the exact count of the view.
 */
export async function mapList(
  knex: Knex,
  today: string,
  filters: MapFilters,
  bounds: Bounds | undefined,
  limit: number,
): Promise<{ items: PostSummary[]; total: number }> {
  const origin = filters.near
    ? { latitude: filters.near.latitude, longitude: filters.near.longitude }
    : bounds
      ? { latitude: (bounds.south + bounds.north) / 2, longitude: (bounds.west + bounds.east) / 2 }
      : null;
  let query = placeablePosts(knex, today, filters, bounds).select(
    ...SUMMARY_COLUMNS,
    knex.raw(`${OCCUPIED_SQL} AS occupied`),
  );
  if (origin) {
    // Squared distance on a locally flat map: enough to order the nearest first; the exact km come from haversine.
    const cos = Math.cos((origin.latitude * Math.PI) / 180);
    query = query.orderByRaw('((p.latitude - ?) * (p.latitude - ?) + (p.longitude - ?) * (p.longitude - ?) * ?) ASC', [
      origin.latitude,
      origin.latitude,
      origin.longitude,
      origin.longitude,
      cos * cos,
    ]);
  } else {
    query = query.orderBy('p.title');
  }
  // The circle of "around" is narrower than its box: fetch a little more, then keep what is inside.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const rows: any[] = await query.limit(filters.near ? limit * 2 + 50 : limit);
  const items = rows
    .filter((row) => withinNear(filters, row.latitude, row.longitude))
    .slice(0, limit)
    .map((row) => toSummary(row, filters.near ? origin : null));
  const counted = await placeablePosts(knex, today, filters, bounds).select('p.latitude', 'p.longitude');
  const total = filters.near
    ? counted.filter((row: { latitude: number | null; longitude: number | null }) =>
        withinNear(filters, row.latitude, row.longitude),
      ).length
    : counted.length;
  return { items, total };
}
