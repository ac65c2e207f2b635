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
  /** « du juge de l’application des peines »: after « de », contracted. */
  ofTitle: string;
  /** « au juge de l’application des peines »: after « à », contracted. */
  toTitle: string;
  /** Short form for tables and copies: « JAP ». */
  short: string;
  /** The label of the field naming that magistrate: « Juge de l’application des peines ». */
  magistrateLabel: string;
  /** The salutation of a report addressed to that authority. */
  salutation: string;
  /** The texts the measure rests on, as printed after « en application de ». */
  legalBasis: string;
  /** What non-execution leads to, one French sentence with its articles. */
  consequence: string;
  /** What refusing the work leads to, as the consent sheet tells the person. */
  refusal: string;
  /** How the person is named in letters: a composition pénale is not a conviction. */
  personNoun: string;
  /** The work itself: « travail d’intérêt général », or « travail non rémunéré » for a composition pénale. */
  work: string;
}

const JAP = {
  kind: 'jap',
  title: 'juge de l’application des peines',
  withArticle: 'le juge de l’application des peines',
  ofTitle: 'du juge de l’application des peines',
  toTitle: 'au juge de l’application des peines',
  short: 'JAP',
  magistrateLabel: 'Juge de l’application des peines',
  salutation: 'Madame, Monsieur le juge de l’application des peines,',
} as const;

const CHILDREN_JUDGE = {
  kind: 'juge_enfants',
  title: 'juge des enfants',
  withArticle: 'le juge des enfants',
  ofTitle: 'du juge des enfants',
  toTitle: 'au juge des enfants',
  short: 'juge des enfants',
  magistrateLabel: 'Juge des enfants',
  salutation: 'Madame, Monsieur le juge des enfants,',
} as const;

const PROSECUTOR = {
  kind: 'procureur',
  title: 'procureur de la République',
  withArticle: 'le procureur de la République',
  ofTitle: 'du procureur de la République',
  toTitle: 'au procureur de la République',
  short: 'procureur',
  magistrateLabel: 'Procureur de la République ou substitut',
  salutation: 'Madame, Monsieur le procureur de la République,',
} as const;

// CP 131-9: the court may fix the prison term or fine the JAP may enforce; when it did not, there is none to enforce.
const PRISON_OR_FINE = 'de tout ou partie de l’emprisonnement ou de l’amende fixés, le cas échéant, par la juridiction';

const AUTHORITIES: Record<MeasureType, MeasureAuthority> = {
  tig: {
    ...JAP,
    legalBasis: 'articles 131-8 et 131-22 du code pénal, 733-1 et suivants du code de procédure pénale',
    consequence: `En cas d’inexécution, le juge de l’application des peines peut ordonner la mise à exécution ${PRISON_OR_FINE} (articles 131-9 du code pénal et 733-2 du code de procédure pénale).`,
    refusal: `Vous pouvez refuser ce travail : à l’audience, la juridiction prononce alors une autre peine ; après le jugement, le refus est transmis au juge de l’application des peines, qui peut ordonner la mise à exécution ${PRISON_OR_FINE}.`,
    personNoun: 'la personne condamnée',
    work: 'travail d’intérêt général',
  },
  sursis_tig: {
    ...JAP,
    legalBasis: 'articles 132-40 et suivants et 132-54 du code pénal, 739 et suivants du code de procédure pénale',
    consequence:
      'En cas de manquement, le juge de l’application des peines peut prolonger le délai de probation ou révoquer le sursis en tout ou partie (articles 132-47 et suivants du code pénal et 742 du code de procédure pénale).',
    refusal:
      'Vous pouvez refuser ce travail : à l’audience, la juridiction prononce alors une autre peine ; après le jugement, le refus est un manquement aux obligations du sursis probatoire, transmis au juge de l’application des peines.',
    personNoun: 'la personne condamnée',
    work: 'travail d’intérêt général',
  },
  tnr: {
    ...PROSECUTOR,
    legalBasis: 'article 41-2 (6°) du code de procédure pénale (composition pénale)',
    // CPP 41-2: on non-execution the procureur « met en mouvement l’action publique, sauf élément nouveau » — it is
    // the rule, not an option; the work already done is then taken into account. Never « condamn… » nor « peine » here.
    consequence:
      'Si la mesure n’est pas exécutée en totalité, le procureur de la République met en mouvement l’action publique, sauf élément nouveau ; le travail déjà accompli est alors pris en compte (article 41-2 du code de procédure pénale). Exécutée, la composition pénale éteint l’action publique.',
    refusal:
      'Vous pouvez refuser ce travail : le procureur de la République met alors en mouvement l’action publique, sauf élément nouveau (article 41-2 du code de procédure pénale).',
    personNoun: 'la personne',
    work: 'travail non rémunéré',
  },
  tig_mineur: {
    ...CHILDREN_JUDGE,
    legalBasis:
      'article 131-8 du code pénal et code de la justice pénale des mineurs (articles L.121-1 et suivants, L.611-2)',
    // CJPM L.611-2: the juge des enfants exercises the JAP's functions over a condemned minor, by the rules of the
    // code pénal and the CPP, until the person is 21.
    consequence: `En cas d’inexécution, le juge des enfants, qui exerce à l’égard du mineur condamné les fonctions du juge de l’application des peines (article L.611-2 du code de la justice pénale des mineurs), peut ordonner la mise à exécution ${PRISON_OR_FINE} (articles 131-9 du code pénal et 733-2 du code de procédure pénale).`,
    refusal: `Vous pouvez refuser ce travail : à l’audience, la juridiction prononce alors une autre peine ; après le jugement, le refus est transmis au juge des enfants, qui peut ordonner la mise à exécution ${PRISON_OR_FINE}.`,
    personNoun: 'le mineur condamné',
    work: 'travail d’intérêt général',
  },
};

/**
 * The authority following a measure. A person who was a minor at the facts stays under the juge des enfants for a
 * sursis probatoire (CJPM L.611-2: the juge des enfants acts as JAP for what was judged under the minors' code); a
 * TNR stays with the procureur whoever the person is.
 */
export function measureAuthority(type: MeasureType, minorAtFacts = false): MeasureAuthority {
  if (type === 'sursis_tig' && minorAtFacts) {
    return {
      ...CHILDREN_JUDGE,
      legalBasis: `${AUTHORITIES.sursis_tig.legalBasis}, L.611-2 du code de la justice pénale des mineurs`,
      consequence:
        'En cas de manquement, le juge des enfants, qui exerce les fonctions du juge de l’application des peines (article L.611-2 du code de la justice pénale des mineurs), peut prolonger le délai de probation ou révoquer le sursis en tout ou partie (articles 132-47 et suivants du code pénal et 742 du code de procédure pénale).',
      refusal:
        'Vous pouvez refuser ce travail : à l’audience, la juridiction prononce alors une autre peine ; après le jugement, le refus est un manquement aux obligations du sursis probatoire, transmis au juge des enfants.',
      personNoun: 'la personne condamnée',
      work: 'travail d’intérêt général',
    };
  }
  return AUTHORITIES[type];
}

/** « Mme Claire Roux » → « Madame Claire Roux », « M. Paul Vidal » → « Monsieur Paul Vidal », as a letter names them. */
export function spelledCivility(name: string): string {
  const trimmed = name.trim();
  const match = /^(Mme|M\.|Mlle)\s+(.+)$/.exec(trimmed);
  if (!match) return trimmed;
  return `${match[1] === 'M.' ? 'Monsieur' : 'Madame'} ${match[2]}`;
}

/**
 * Whom a report goes to: « Madame Claire Roux, juge des enfants, tribunal judiciaire de Lyon » when the magistrate
 * is known, « Madame, Monsieur le juge des enfants, tribunal judiciaire de Lyon » otherwise. `court` is the court's
 * name as registered (« Tribunal judiciaire de Lyon »), printed with a lower-case initial inside the line.
 */
export function authorityAddressee(authority: MeasureAuthority, name: string | null, court: string | null): string {
  const who = name?.trim()
    ? `${spelledCivility(name)}, ${authority.title}`
    : `Madame, Monsieur ${authority.withArticle}`;
  return court?.trim() ? `${who}, ${courtInSentence(court)}` : who;
}

/** « Tribunal judiciaire de Lyon » → « tribunal judiciaire de Lyon »: a court's common noun inside a sentence. */
export function courtInSentence(court: string): string {
  const trimmed = court.trim();
  return /^(Tribunal|Parquet|Cour|Chambre)\b/.test(trimmed) ? trimmed[0]!.toLowerCase() + trimmed.slice(1) : trimmed;
}

/**
 * « de » and a court, contracted: « du tribunal judiciaire de Lyon », « de la cour d’appel de Lyon », « du parquet
 * du tribunal judiciaire de Lyon »; a name that starts otherwise is kept after « de ».
 */
export function ofCourt(court: string): string {
  const inSentence = courtInSentence(court);
  if (/^(tribunal|parquet)\b/.test(inSentence)) return `du ${inSentence}`;
  if (/^(cour|chambre)\b/.test(inSentence)) return `de la ${inSentence}`;
  return /^[aàâeéèêiîoôuùûyœh]/i.test(inSentence) ? `d’${inSentence}` : `de ${inSentence}`;
}
