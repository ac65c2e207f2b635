/** The Dossiers area's own routes, below '#/dossiers'. */
export type CasesRoute =
  | { screen: 'caseload' }
  | { screen: 'new' }
  | { screen: 'measure'; id: string; tab: string | undefined }
  | { screen: 'person'; id: string }
  | { screen: 'week' }
  | { screen: 'distribution' }
  | { screen: 'import' };

/** Reads the segments after 'dossiers' ('mesure', '<id>', 'heures' …); anything unknown is the caseload. */
export function parseCasesRoute(segments: readonly string[]): CasesRoute {
  const [first, second, third] = segments;
  if (first === 'nouvelle') return { screen: 'new' };
  if (first === 'mesure' && second) return { screen: 'measure', id: second, tab: third };
  if (first === 'personne' && second) return { screen: 'person', id: second };
  if (first === 'rendez-vous') return { screen: 'week' };
  if (first === 'repartition') return { screen: 'distribution' };
  if (first === 'import') return { screen: 'import' };
  return { screen: 'caseload' };
}

export const casesPaths = {
  caseload: '/dossiers',
  newMeasure: '/dossiers/nouvelle',
  measure: (id: string, tab?: string) => `/dossiers/mesure/${id}${tab ? `/${tab}` : ''}`,
  person: (id: string) => `/dossiers/personne/${id}`,
  week: '/dossiers/rendez-vous',
  distribution: '/dossiers/repartition',
  import: '/dossiers/import',
} as const;
