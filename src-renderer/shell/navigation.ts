import type { MessageKey } from '@shared/i18n';

export interface NavItem {
  /** First route segment, e.g. 'dossiers' for '#/dossiers'. */
  segment: string;
  label: MessageKey;
  /** What the placeholder page promises until the area is built; null once it is. */
  upcoming: string | null;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { segment: 'dossiers', label: 'nav.cases', upcoming: null },
  { segment: 'carte', label: 'nav.map', upcoming: null },
  { segment: 'postes', label: 'nav.catalogue', upcoming: null },
  { segment: 'documents', label: 'nav.documents', upcoming: null },
  {
    segment: 'statistiques',
    label: 'nav.stats',
    upcoming: "Les statistiques d'activité du service arrivent dans une prochaine version.",
  },
  { segment: 'parametres', label: 'nav.settings', upcoming: null },
];

export const DEFAULT_ROUTE = '/dossiers';

/** The area of a path: 'parametres' for '/parametres/utilisateurs'. */
export function sectionOf(pathname: string): string | undefined {
  return pathname.split('/').find((segment) => segment.length > 0);
}
