import { describe, expect, it } from 'vitest';
import {
  ACTIVE_STATUSES,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUSES,
  TERMINAL_STATUSES,
  allowedTransitions,
  transitionProblem,
  type MeasureStatus,
  type TransitionFacts,
} from '@shared/domain/measure-status';

/** Facts under which every allowed transition can go through. */
const OK: TransitionFacts = {
  consentGiven: true,
  consentRefused: false,
  hasActivePlacement: true,
  remainingMinutes: 0,
};
/** Facts for the one transition that needs a refused consent. */
const REFUSED: TransitionFacts = {
  consentGiven: false,
  consentRefused: true,
  hasActivePlacement: false,
  remainingMinutes: 0,
};

const EXPECTED: Record<MeasureStatus, MeasureStatus[]> = {
  a_affecter: ['affecte', 'refus', 'inexecute', 'revoque'],
  affecte: ['en_cours', 'a_affecter', 'suspendu', 'inexecute', 'revoque'],
  en_cours: ['suspendu', 'acheve', 'affecte', 'a_affecter', 'inexecute', 'revoque'],
  suspendu: ['en_cours', 'affecte', 'inexecute', 'revoque'],
  acheve: [],
  inexecute: [],
  refus: [],
  revoque: [],
};

const ALL_PAIRS = MEASURE_STATUSES.flatMap((from) => MEASURE_STATUSES.map((to) => [from, to] as const));
const ALLOWED_PAIRS = ALL_PAIRS.filter(([from, to]) => EXPECTED[from].includes(to));
const FORBIDDEN_PAIRS = ALL_PAIRS.filter(([from, to]) => from !== to && !EXPECTED[from].includes(to));

describe('status sets', () => {
  it('splits every status into active or terminal', () => {
    expect([...ACTIVE_STATUSES, ...TERMINAL_STATUSES].sort()).toEqual([...MEASURE_STATUSES].sort());
    expect(ACTIVE_STATUSES.filter((s) => TERMINAL_STATUSES.includes(s))).toEqual([]);
  });

  it('labels every status in French', () => {
    expect(MEASURE_STATUS_LABELS).toEqual({
      a_affecter: 'À affecter',
      affecte: 'Affecté',
      en_cours: 'En cours',
      suspendu: 'Suspendu',
      acheve: 'Achevé',
      inexecute: 'Inexécuté',
      refus: 'Refus',
      revoque: 'Révoqué',
    });
  });
});

describe('allowedTransitions', () => {
  it.each(MEASURE_STATUSES)('from %s matches the life cycle', (from) => {
    expect([...allowedTransitions(from)].sort()).toEqual([...EXPECTED[from]].sort());
  });

  it.each(TERMINAL_STATUSES)('%s is terminal: nothing leaves it', (from) => {
    expect(allowedTransitions(from)).toEqual([]);
  });

  it('never lists a status as a transition to itself', () => {
    for (const from of MEASURE_STATUSES) expect(allowedTransitions(from)).not.toContain(from);
  });
});

describe('transitionProblem: the transition table', () => {
  it.each(ALLOWED_PAIRS)('%s → %s is allowed', (from, to) => {
    expect(transitionProblem(from, to, to === 'refus' ? REFUSED : OK)).toBeNull();
  });

  it.each(FORBIDDEN_PAIRS.filter(([from]) => !TERMINAL_STATUSES.includes(from)))('%s → %s is refused', (from, to) => {
    expect(transitionProblem(from, to, OK)).toBe(
      `Passage impossible de « ${MEASURE_STATUS_LABELS[from]} » à « ${MEASURE_STATUS_LABELS[to]} ».`,
    );
    expect(transitionProblem(from, to, REFUSED)).not.toBeNull();
  });

  it.each(FORBIDDEN_PAIRS.filter(([from]) => TERMINAL_STATUSES.includes(from)))(
    '%s → %s is refused: the measure is closed',
    (from, to) => {
      expect(transitionProblem(from, to, OK)).toBe(
        `La mesure est close (« ${MEASURE_STATUS_LABELS[from]} ») : son statut ne peut plus changer.`,
      );
    },
  );

  it.each(MEASURE_STATUSES)('%s → %s (same status) is refused', (status) => {
    expect(transitionProblem(status, status, OK)).toBe(`La mesure est déjà « ${MEASURE_STATUS_LABELS[status]} ».`);
  });
});

describe('transitionProblem: consent', () => {
  const toAssigned = ALLOWED_PAIRS.filter(([, to]) => to === 'affecte' || to === 'en_cours');

  it.each(toAssigned)('%s → %s needs the consent', (from, to) => {
    expect(transitionProblem(from, to, { ...OK, consentGiven: false })).toBe(
      'Le consentement de la personne doit être recueilli avant toute affectation.',
    );
  });

  it.each(toAssigned)('%s → %s is impossible after a refusal', (from, to) => {
    expect(transitionProblem(from, to, { ...OK, consentGiven: false, consentRefused: true })).toBe(
      'La personne a refusé le TIG : aucune affectation n’est possible.',
    );
  });

  it.each(toAssigned)('%s → %s needs an active placement', (from, to) => {
    expect(transitionProblem(from, to, { ...OK, hasActivePlacement: false })).toBe(
      'Affectez d’abord la personne à un poste.',
    );
  });

  it('reports the missing consent before the missing placement', () => {
    expect(
      transitionProblem('a_affecter', 'affecte', { ...OK, consentGiven: false, hasActivePlacement: false }),
    ).toMatch(/consentement/);
  });

  it('"refus" follows a recorded refusal only', () => {
    expect(transitionProblem('a_affecter', 'refus', OK)).toBe(
      'Le statut « Refus » suit l’enregistrement d’un refus de consentement.',
    );
    expect(transitionProblem('a_affecter', 'refus', { ...OK, consentGiven: false })).toBe(
      'Le statut « Refus » suit l’enregistrement d’un refus de consentement.',
    );
    expect(transitionProblem('a_affecter', 'refus', REFUSED)).toBeNull();
  });

  it.each(['suspendu', 'a_affecter', 'inexecute', 'revoque'] as const)(
    'en_cours → %s does not depend on consent or placement',
    (to) => {
      expect(
        transitionProblem('en_cours', to, {
          consentGiven: false,
          consentRefused: false,
          hasActivePlacement: false,
          remainingMinutes: 600,
        }),
      ).toBeNull();
    },
  );
});

describe('transitionProblem: completion', () => {
  it('"acheve" is allowed when nothing remains', () => {
    expect(transitionProblem('en_cours', 'acheve', { ...OK, remainingMinutes: 0 })).toBeNull();
  });

  it.each([
    [1, 'Il reste 1 min à effectuer : la mesure ne peut pas être déclarée achevée.'],
    [60, 'Il reste 1 h à effectuer : la mesure ne peut pas être déclarée achevée.'],
    [150, 'Il reste 2 h 30 à effectuer : la mesure ne peut pas être déclarée achevée.'],
  ])('"acheve" is refused with %i minutes left', (remaining, message) => {
    expect(transitionProblem('en_cours', 'acheve', { ...OK, remainingMinutes: remaining })).toBe(message);
  });

  it.each(['a_affecter', 'affecte', 'suspendu'] as const)(
    '%s → acheve is not a transition, even with nothing left',
    (from) => {
      expect(transitionProblem(from, 'acheve', OK)).toMatch(/^Passage impossible/);
    },
  );
});
