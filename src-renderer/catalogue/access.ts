import type { Role } from '@shared/roles';

/** Everyone who works with the catalogue reads it (same rule as the contract); the référent and the DPIP keep it. */
export const CATALOGUE_READERS: readonly Role[] = ['cpip', 'secretariat', 'dpip', 'referent'];
export const CATALOGUE_KEEPERS: readonly Role[] = ['referent', 'dpip'];

export function canKeepCatalogue(role: Role): boolean {
  return CATALOGUE_KEEPERS.includes(role);
}
