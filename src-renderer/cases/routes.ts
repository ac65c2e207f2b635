/** Typed paths of the Dossiers area's screens (the routes themselves are declared in CasesArea). */
export const casesPaths = {
  caseload: '/dossiers',
  newMeasure: '/dossiers/nouvelle',
  measure: (id: string, tab?: string) => `/dossiers/mesure/${id}${tab ? `/${tab}` : ''}`,
  person: (id: string) => `/dossiers/personne/${id}`,
  week: '/dossiers/rendez-vous',
  distribution: '/dossiers/repartition',
  import: '/dossiers/import',
} as const;
