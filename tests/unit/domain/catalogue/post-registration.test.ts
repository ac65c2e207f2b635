import { describe, expect, it } from 'vitest';
import type { Opinion } from '@shared/domain/catalogue/opinions';
import {
  REGISTRATION_STEP_LABELS,
  isPostRegistered,
  registrationDecisionProblem,
  registrationStep,
  type RegistrationRecord,
} from '@shared/domain/catalogue/post-registration';

const none: Opinion = { requestedOn: null, receivedOn: null, opinion: null };
const asked = (on: string): Opinion => ({ requestedOn: on, receivedOn: null, opinion: null });
const got = (on: string, receivedOn: string, opinion: 'favorable' | 'defavorable' = 'favorable'): Opinion => ({
  requestedOn: on,
  receivedOn,
  opinion,
});

function request(overrides: Partial<RegistrationRecord> = {}): RegistrationRecord {
  return {
    kind: 'inscription',
    requestedOn: '2026-02-20',
    procureur: none,
    jap: none,
    decision: null,
    decidedOn: null,
    notifiedOn: null,
    ...overrides,
  };
}

/** Opinions asked on 25 February 2026: deemed given on 7 March 2026. */
const ASKED = { procureur: asked('2026-02-25'), jap: asked('2026-02-25') };
const decided = (
  kind: RegistrationRecord['kind'],
  decision: 'acceptee' | 'refusee',
  decidedOn: string,
): RegistrationRecord => request({ kind, ...ASKED, decision, decidedOn, notifiedOn: null });

describe('registrationStep', () => {
  it('has a French label for every step', () => {
    for (const label of Object.values(REGISTRATION_STEP_LABELS)) expect(label).toMatch(/\S/);
    expect(REGISTRATION_STEP_LABELS.notifiee).toBe('Décision notifiée');
  });

  it('goes demande → avis → decision_possible → acceptee → notifiee in order', () => {
    expect(registrationStep(request(), '2026-02-20')).toBe('demande');
    expect(registrationStep(request(ASKED), '2026-02-25')).toBe('avis');
    expect(registrationStep(request(ASKED), '2026-03-06')).toBe('avis');
    expect(registrationStep(request(ASKED), '2026-03-07')).toBe('decision_possible');
    const accepted = request({ ...ASKED, decision: 'acceptee', decidedOn: '2026-03-09' });
    expect(registrationStep(accepted, '2026-03-09')).toBe('acceptee');
    expect(registrationStep({ ...accepted, notifiedOn: '2026-03-10' }, '2026-03-10')).toBe('notifiee');
  });

  it('counts ten days across the end of February of a leap year', () => {
    const leap = request({ procureur: asked('2024-02-25'), jap: asked('2024-02-25') });
    expect(registrationStep(leap, '2024-03-05')).toBe('avis');
    expect(registrationStep(leap, '2024-03-06')).toBe('decision_possible');
  });

  it('is avis while only one of the two opinions is requested', () => {
    expect(registrationStep(request({ procureur: asked('2026-02-25') }), '2026-12-31')).toBe('avis');
    expect(registrationStep(request({ jap: got('2026-02-25', '2026-02-26') }), '2026-12-31')).toBe('avis');
  });

  it('is decision_possible as soon as both opinions are received', () => {
    const early = request({
      procureur: got('2026-02-25', '2026-02-26'),
      jap: got('2026-02-25', '2026-02-27', 'defavorable'),
    });
    expect(registrationStep(early, '2026-02-27')).toBe('decision_possible');
  });

  it('is refusee after a refusal, notified or not', () => {
    expect(registrationStep(decided('inscription', 'refusee', '2026-03-08'), '2026-03-08')).toBe('refusee');
    expect(
      registrationStep({ ...decided('inscription', 'refusee', '2026-03-08'), notifiedOn: '2026-03-09' }, '2026-03-09'),
    ).toBe('refusee');
  });

  it('follows the same path for a removal (radiation)', () => {
    const removal = request({ kind: 'radiation', ...ASKED });
    expect(registrationStep(removal, '2026-03-06')).toBe('avis');
    expect(registrationStep(removal, '2026-03-07')).toBe('decision_possible');
    expect(registrationDecisionProblem(removal, '2026-03-06')).not.toBeNull();
    expect(registrationDecisionProblem(removal, '2026-03-07')).toBeNull();
  });
});

describe('registrationDecisionProblem', () => {
  it('asks for both opinions to be requested first', () => {
    const text = 'Les avis du procureur et du JAP doivent être demandés avant la décision.';
    expect(registrationDecisionProblem(request(), '2026-06-01')).toBe(text);
    expect(registrationDecisionProblem(request({ procureur: asked('2026-02-25') }), '2026-06-01')).toBe(text);
    expect(registrationDecisionProblem(request({ jap: asked('2026-02-25') }), '2026-06-01')).toBe(text);
  });

  it('waits ten days after the request unless both opinions are in', () => {
    const text = 'Tous les avis ne sont pas encore reçus ni réputés donnés (dix jours après la demande).';
    expect(registrationDecisionProblem(request(ASKED), '2026-03-06')).toBe(text);
    expect(registrationDecisionProblem(request(ASKED), '2026-03-07')).toBeNull();
    const oneIn = request({ procureur: got('2026-02-25', '2026-02-26'), jap: asked('2026-02-25') });
    expect(registrationDecisionProblem(oneIn, '2026-02-27')).toBe(text);
    expect(
      registrationDecisionProblem({ ...oneIn, jap: got('2026-02-25', '2026-02-27', 'defavorable') }, '2026-02-27'),
    ).toBeNull();
  });

  it('refuses a second decision', () => {
    expect(registrationDecisionProblem(decided('inscription', 'acceptee', '2026-03-08'), '2026-03-09')).toBe(
      'Une décision a déjà été prise sur cette demande.',
    );
    expect(registrationDecisionProblem(decided('radiation', 'refusee', '2026-03-08'), '2026-03-09')).toBe(
      'Une décision a déjà été prise sur cette demande.',
    );
  });
});

describe('isPostRegistered', () => {
  it('is false with no record, or with requests still undecided', () => {
    expect(isPostRegistered([])).toBe(false);
    expect(isPostRegistered([request(ASKED)])).toBe(false);
  });

  it('is true after an accepted inscription, notified or not', () => {
    expect(isPostRegistered([decided('inscription', 'acceptee', '2026-03-08')])).toBe(true);
    expect(isPostRegistered([{ ...decided('inscription', 'acceptee', '2026-03-08'), notifiedOn: '2026-03-09' }])).toBe(
      true,
    );
  });

  it('is false once a radiation is decided after the inscription, whatever the order of the records', () => {
    const inscription = decided('inscription', 'acceptee', '2026-03-08');
    const radiation = decided('radiation', 'acceptee', '2027-01-15');
    expect(isPostRegistered([inscription, radiation])).toBe(false);
    expect(isPostRegistered([radiation, inscription])).toBe(false);
  });

  it('is true again after a new inscription decided after the radiation', () => {
    const records = [
      decided('inscription', 'acceptee', '2026-03-08'),
      decided('radiation', 'acceptee', '2027-01-15'),
      decided('inscription', 'acceptee', '2028-05-02'),
    ];
    expect(isPostRegistered(records)).toBe(true);
    expect(isPostRegistered([...records].reverse())).toBe(true);
  });

  it('ignores refused requests: a refused radiation leaves the post registered, a refused inscription does not register it', () => {
    expect(
      isPostRegistered([
        decided('inscription', 'acceptee', '2026-03-08'),
        decided('radiation', 'refusee', '2027-01-15'),
      ]),
    ).toBe(true);
    expect(isPostRegistered([decided('inscription', 'refusee', '2026-03-08')])).toBe(false);
    expect(
      isPostRegistered([
        decided('inscription', 'acceptee', '2026-03-08'),
        decided('radiation', 'acceptee', '2027-01-15'),
        decided('inscription', 'refusee', '2028-01-01'),
      ]),
    ).toBe(false);
  });

  it('ignores undecided requests, even a pending radiation', () => {
    expect(
      isPostRegistered([decided('inscription', 'acceptee', '2026-03-08'), request({ kind: 'radiation', ...ASKED })]),
    ).toBe(true);
  });

  it('ignores an accepted decision without its date (it cannot be placed in time)', () => {
    expect(isPostRegistered([request({ ...ASKED, decision: 'acceptee', decidedOn: null })])).toBe(false);
  });

  it('keeps the given (chronological) order for decisions taken the same day: the last one given wins', () => {
    const inscription = decided('inscription', 'acceptee', '2026-03-08');
    const radiation = decided('radiation', 'acceptee', '2026-03-08');
    const older = decided('inscription', 'acceptee', '2025-01-01');
    expect(isPostRegistered([older, inscription, radiation])).toBe(false);
    expect(isPostRegistered([older, radiation, inscription])).toBe(true);
    expect(isPostRegistered([radiation, older, inscription])).toBe(true);
  });

  it('does not modify the records it is given', () => {
    const records = [decided('radiation', 'acceptee', '2027-01-15'), decided('inscription', 'acceptee', '2026-03-08')];
    const copy = structuredClone(records);
    isPostRegistered(records);
    expect(records).toEqual(copy);
  });
});
