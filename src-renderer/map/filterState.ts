import type { PostCategory } from '@shared/domain/catalogue/post-categories';
import type { MapFilters, ScheduleFilter } from '@shared/schemas/map';
import type { Origin } from './PostMap';

/** What the filter panel holds; the radius stays text while it is typed. */
export interface FilterState {
  categories: PostCategory[];
  schedule: ScheduleFilter[];
  openToMinors: boolean;
  pmrAccessible: boolean;
  publicTransport: boolean;
  freeNow: boolean;
  radiusKm: string;
}

export type ConditionKey = 'openToMinors' | 'pmrAccessible' | 'publicTransport' | 'freeNow';

export const CONDITION_LABELS: Record<ConditionKey, string> = {
  openToMinors: 'Ouvert aux mineurs',
  pmrAccessible: 'Accessible PMR',
  publicTransport: 'Transports en commun',
  freeNow: 'Places libres maintenant',
};

export const DEFAULT_RADIUS_KM = 10;

export function initialFilters(radiusKm = DEFAULT_RADIUS_KM): FilterState {
  return {
    categories: [],
    schedule: [],
    openToMinors: false,
    pmrAccessible: false,
    publicTransport: false,
    freeNow: false,
    radiusKm: String(radiusKm),
  };
}

/** The typed radius in km when it is usable (0,5 to 300), otherwise null. */
export function radiusOf(state: FilterState): number | null {
  const parsed = Number(state.radiusKm.trim().replace(',', '.'));
  if (state.radiusKm.trim() === '' || Number.isNaN(parsed) || parsed < 0.5 || parsed > 300) return null;
  return parsed;
}

/** The contract's filters: only what is set, so that an empty panel asks for every post. */
export function toMapFilters(state: FilterState, origin: Origin | null = null): MapFilters {
  const filters: MapFilters = {};
  if (state.categories.length > 0) filters.categories = state.categories;
  if (state.schedule.length > 0) filters.schedule = state.schedule;
  if (state.openToMinors) filters.openToMinors = true;
  if (state.pmrAccessible) filters.pmrAccessible = true;
  if (state.publicTransport) filters.publicTransport = true;
  if (state.freeNow) filters.freeNow = true;
  const radiusKm = radiusOf(state);
  if (origin && radiusKm !== null) filters.near = { latitude: origin.latitude, longitude: origin.longitude, radiusKm };
  return filters;
}
