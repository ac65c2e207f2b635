import type { MeasureType } from './measure-types';

/**
 * Who follows a measure once it is pronounced, and what its non-execution leads to. The sentencing court and
 * magistrate are a different thing (they decided); this is the authority the SPIP reports to. One table, used by
 * every template and screen, so that a TNR never speaks of a JAP or of a « condamné ».
 */
export type AuthorityKind = 'jap' | 'juge_enfants' | 'procureur';

export interface MeasureAuthority {
  kind: AuthorityKind;
  /** « juge de l’application des peines » — lower case, to follow « le » in a sentence. */
  title: string;
  /** « le juge de l’application des peines », with its article. */
  withArticle: string;
  /** Short form for tables and copies: « JAP ». */
  short: string;
  /** The salutation of a report addressed to that authority. */
  salutation: string;
  /** The texts the measure rests on, as printed after « en application de ». */
  legalBasis: string;
  /** What non-execution leads to, one French sentence with its articles. */
  consequence: string;
  /** How the person is named in letters: a composition pénale is not a conviction. */
  personNoun: string;
}

const JAP = {
  kind: 'jap',
  title: 'juge de l’application des peines',
  withArticle: 'le juge de l’application des peines',
  short: 'JAP',
  salutation: 'Madame, Monsieur le juge de l’application des peines,',
} as const;

const CHILDREN_JUDGE = {
  kind: 'juge_enfants',
  title: 'juge des enfants',
  withArticle: 'le juge des enfants',
  short: 'juge des enfants',
  salutation: 'Madame, Monsieur le juge des enfants,',
} as const;

const PROSECUTOR = {
  kind: 'procureur',
  title: 'procureur de la République',
  withArticle: 'le procureur de la République',
  short: 'procureur',
  salutation: 'Madame, Monsieur le procureur de la République,',
} as const;

const AUTHORITIES: Record<MeasureType, MeasureAuthority> = {
  tig: {
    ...JAP,
    legalBasis: 'articles 131-8 et 131-22 du code pénal, 733-1 et suivants du code de procédure pénale',
    consequence:
      'En cas d’inexécution, le juge de l’application des peines peut ordonner la mise à exécution de tout ou partie de l’emprisonnement ou de l’amende fixés par la juridiction (articles 131-9 du code pénal et 733-2 du code de procédure pénale).',
    personNoun: 'la personne condamnée',
  },
  sursis_tig: {
    ...JAP,
    legalBasis: 'articles 132-40 et suivants et 132-54 du code pénal, 739 et suivants du code de procédure pénale',
    consequence:
      'En cas de manquement, le juge de l’application des peines peut prolonger le délai de probation ou révoquer le sursis en tout ou partie (articles 132-47 et suivants du code pénal et 742 du code de procédure pénale).',
    personNoun: 'la personne condamnée',
  },
  tnr: {
    ...PROSECUTOR,
    legalBasis: 'article 41-2 (6°) du code de procédure pénale',
    consequence:
      'Si la mesure n’est pas exécutée en totalité, le procureur de la République peut mettre en mouvement l’action publique (article 41-2 du code de procédure pénale). La composition pénale n’est pas une condamnation.',
    personNoun: 'la personne',
  },
  tig_mineur: {
    ...CHILDREN_JUDGE,
    legalBasis: 'article 131-8 du code pénal et code de la justice pénale des mineurs (articles L.121-1 et suivants)',
    consequence:
      'En cas d’inexécution, le juge des enfants, qui suit l’exécution des peines prononcées contre un mineur, peut ordonner la mise à exécution de tout ou partie de l’emprisonnement ou de l’amende fixés par la juridiction, dans les conditions prévues par le code de la justice pénale des mineurs.',
    personNoun: 'le mineur condamné',
  },
};

/**
 * The authority following a measure. A person who was a minor at the facts stays under the juge des enfants for a
 * sursis probatoire (CJPM: the juge des enfants acts as JAP for what was judged under the minors' code); a TNR
 * stays with the procureur whoever the person is.
 */
export function measureAuthority(type: MeasureType, minorAtFacts = false): MeasureAuthority {
  if (type === 'sursis_tig' && minorAtFacts) {
    return {
      ...CHILDREN_JUDGE,
      legalBasis: AUTHORITIES.sursis_tig.legalBasis + ', code de la justice pénale des mineurs',
      consequence:
        'En cas de manquement, le juge des enfants peut prolonger le délai de probation ou révoquer le sursis en tout ou partie (articles 132-47 et suivants du code pénal, code de la justice pénale des mineurs).',
      personNoun: 'la personne condamnée',
    };
  }
  return AUTHORITIES[type];
}
