import type { Knex } from 'knex';
import type { MapFilters, PostSummary } from '../../../../src-shared/schemas/map';
import { POST_CATEGORIES } from '../../../../src-shared/domain/catalogue/post-categories';
import { placeablePosts, SUMMARY_COLUMNS, toSummary, withinNear, type Bounds } from './post-query';

const CATEGORY_INDEX = new Map<string, number>(POST_CATEGORIES.map((c, i) => [c, i]));

/** Every placeable post matching the filters, as compact points for clustering in the renderer. */
export async function mapPoints(knex: Knex, today: string, filters: MapFilters) {
  const rows = await placeablePosts(knex, today, filters)
    .whereNotNull('p.latitude')
    .select('p.id', 'p.latitude', 'p.longitude', 'p.category', 'p.places', knex.raw('COALESCE(o.occupied, 0) AS occupied'));
  const points: Array<[string, number, number, number, number]> = [];
  for (const row of rows) {
    if (!withinNear(filters, row.latitude, row.longitude)) continue;
    points.push([row.id, row.latitude, row.longitude, CATEGORY_INDEX.get(row.category) ?? 0, Math.max(0, Number(row.places) - Number(row.occupied))]);
  }
  return { points, total: points.length };
}

/** The posts inside the map's bounds (the list beside the map), nearest first when a centre is set. */
export async function mapList(knex: Knex, today: string, filters: MapFilters, bounds: Bounds | undefined, limit: number): Promise<{ items: PostSummary[]; total: number }> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const rows: any[] = await placeablePosts(knex, today, filters, bounds).select(...SUMMARY_COLUMNS, knex.raw('COALESCE(o.occupied, 0) AS occupied')).orderBy('p.title').limit(5000);
  const origin = filters.near ? { latitude: filters.near.latitude, longitude: filters.near.longitude } : null;
  const items = rows.filter((row) => withinNear(filters, row.latitude, row.longitude)).map((row) => toSummary(row, origin));
  if (origin) items.sort((a: PostSummary, b: PostSummary) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
  return { items: items.slice(0, limit), total: items.length };
}
