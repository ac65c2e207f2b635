/** The four kinds of measure a SPIP follows (DESIGN.md §2). */
export const MEASURE_TYPES = ['tig', 'sursis_tig', 'tnr', 'tig_mineur'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export const MEASURE_TYPE_LABELS: Record<MeasureType, string> = {
  tig: 'TIG — peine principale',
  sursis_tig: 'Sursis probatoire avec obligation de TIG',
  tnr: 'TNR — composition pénale',
  tig_mineur: 'TIG mineur',
};

/** Offence categories used for post exclusions and statistics. */
export const OFFENCE_CATEGORIES = [
  'atteinte_biens',
  'violences',
  'violences_intrafamiliales',
  'infractions_sexuelles',
  'stupefiants',
  'securite_routiere',
  'outrage_rebellion',
  'escroquerie',
  'port_arme',
  'autre',
] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

export const OFFENCE_CATEGORY_LABELS: Record<OffenceCategory, string> = {
  atteinte_biens: 'Atteintes aux biens (vol, dégradation)',
  violences: 'Violences',
  violences_intrafamiliales: 'Violences intrafamiliales',
  infractions_sexuelles: 'Infractions sexuelles',
  stupefiants: 'Stupéfiants',
  securite_routiere: 'Sécurité routière',
  outrage_rebellion: 'Outrage, rébellion',
  escroquerie: 'Escroquerie, abus de confiance',
  port_arme: 'Port ou détention d’arme',
  autre: 'Autre',
};
