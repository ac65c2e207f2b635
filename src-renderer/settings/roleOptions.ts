import { ROLES, ROLE_LABELS_FR } from '@shared/roles';

/** The roles of an account, for a native select (keyboard- and screen-reader-friendly, simple to drive from tests). */
export const ROLE_OPTIONS: readonly (readonly [string, string])[] = ROLES.map((role) => [role, ROLE_LABELS_FR[role]]);
