import { describe, expect, it } from 'vitest';
import {
  HABILITATION_STEPS,
  HABILITATION_STEP_LABELS,
  habilitationDecisionProblem,
  habilitationStep,
  isHostHabilitated,
  type HabilitationRecord,
} from '@shared/domain/catalogue/habilitation';
import { HOST_TYPES, isHabilitatedByRight } from '@shared/domain/catalogue/host-types';
import type { Opinion } from '@shared/domain/catalogue/opinions';

const none: Opinion = { requestedOn: null, receivedOn: null, opinion: null };
const asked = (on: string): Opinion => ({ requestedOn: on, receivedOn: null, opinion: null });
const got = (on: string, receivedOn: string, opinion: 'favorable' | 'defavorable' = 'favorable'): Opinion => ({
  requestedOn: on,
  receivedOn,
  opinion,
});

function record(overrides: Partial<HabilitationRecord> = {}): HabilitationRecord {
  return {
    requestedOn: '2026-01-20',
    procureur: none,
    jap: none,
    prefet: none,
    decision: null,
    decidedOn: null,
    validUntil: null,
    withdrawnOn: null,
    ...overrides,
  };
}

/** Opinions asked on 31 January 2026: deemed given on 28 February 2026. */
const ASKED = { procureur: asked('2026-01-31'), jap: asked('2026-01-31'), prefet: asked('2026-01-31') };
const GRANTED = record({ ...ASKED, decision: 'accordee', decidedOn: '2026-03-02', validUntil: '2031-03-01' });

describe('habilitationStep', () => {
  it('has a French label for every step', () => {
    for (const step of HABILITATION_STEPS) expect(HABILITATION_STEP_LABELS[step]).toMatch(/\S/);
    expect(HABILITATION_STEP_LABELS.decision_possible).toBe('Avis complets : décision à prendre');
  });

  it('goes demande → avis → decision_possible → accordee in order', () => {
    expect(habilitationStep(record(), '2026-01-20')).toBe('demande');
    expect(habilitationStep(record(ASKED), '2026-01-31')).toBe('avis');
    expect(habilitationStep(record(ASKED), '2026-02-27')).toBe('avis');
    expect(habilitationStep(record(ASKED), '2026-02-28')).toBe('decision_possible');
    expect(habilitationStep(GRANTED, '2026-03-02')).toBe('accordee');
  });

  it('is avis as soon as one opinion is requested, and stays so while another is not', () => {
    const partial = record({ procureur: got('2026-01-31', '2026-02-01'), jap: asked('2026-01-31') });
    expect(habilitationStep(partial, '2026-01-31')).toBe('avis');
    expect(habilitationStep(partial, '2027-01-01')).toBe('avis');
  });

  it('is decision_possible before the month is over once all three opinions are received', () => {
    const two = record({
      procureur: got('2026-01-31', '2026-02-02'),
      jap: got('2026-01-31', '2026-02-03', 'defavorable'),
      prefet: asked('2026-01-31'),
    });
    expect(habilitationStep(two, '2026-02-03')).toBe('avis');
    const all = { ...two, prefet: got('2026-01-31', '2026-02-04') };
    expect(habilitationStep(all, '2026-02-04')).toBe('decision_possible');
  });

  it('counts one month from each request across leap years', () => {
    const leap = record({ procureur: asked('2024-01-31'), jap: asked('2024-01-31'), prefet: asked('2024-01-31') });
    expect(habilitationStep(leap, '2024-02-28')).toBe('avis');
    expect(habilitationStep(leap, '2024-02-29')).toBe('decision_possible');
  });

  it('is refusee after a refusal, whatever the dates', () => {
    expect(habilitationStep(record({ ...ASKED, decision: 'refusee', decidedOn: '2026-03-01' }), '2026-03-01')).toBe(
      'refusee',
    );
    expect(habilitationStep(record({ ...ASKED, decision: 'refusee', decidedOn: '2026-03-01' }), '2040-01-01')).toBe(
      'refusee',
    );
  });

  it('is accordee up to and including validUntil, expiree from the day after', () => {
    expect(habilitationStep(GRANTED, '2031-02-28')).toBe('accordee');
    expect(habilitationStep(GRANTED, '2031-03-01')).toBe('accordee');
    expect(habilitationStep(GRANTED, '2031-03-02')).toBe('expiree');
  });

  it('stays accordee without an end of validity', () => {
    expect(habilitationStep({ ...GRANTED, validUntil: null }, '2099-12-31')).toBe('accordee');
  });

  it('is retiree from the withdrawal day on, not before, even while still valid', () => {
    const withdrawn = { ...GRANTED, withdrawnOn: '2027-06-15' };
    expect(habilitationStep(withdrawn, '2027-06-14')).toBe('accordee');
    expect(habilitationStep(withdrawn, '2027-06-15')).toBe('retiree');
    expect(habilitationStep(withdrawn, '2032-01-01')).toBe('retiree');
  });
});

describe('habilitationDecisionProblem', () => {
  it('asks for the three opinions to be requested first', () => {
    const text = 'Les avis du procureur, du JAP et du préfet doivent être demandés avant la décision.';
    expect(habilitationDecisionProblem(record(), '2026-06-01')).toBe(text);
    expect(
      habilitationDecisionProblem(record({ procureur: asked('2026-01-31'), jap: asked('2026-01-31') }), '2026-06-01'),
    ).toBe(text);
    expect(
      habilitationDecisionProblem(record({ jap: asked('2026-01-31'), prefet: asked('2026-01-31') }), '2026-06-01'),
    ).toBe(text);
    expect(
      habilitationDecisionProblem(
        record({ procureur: asked('2026-01-31'), prefet: asked('2026-01-31') }),
        '2026-06-01',
      ),
    ).toBe(text);
  });

  it('waits until every opinion is received or deemed given one month after the request', () => {
    const text = 'Tous les avis ne sont pas encore reçus ni réputés donnés (un mois après la demande).';
    expect(habilitationDecisionProblem(record(ASKED), '2026-02-27')).toBe(text);
    expect(habilitationDecisionProblem(record(ASKED), '2026-02-28')).toBeNull();
    const lateOne = record({ ...ASKED, prefet: asked('2026-02-10') });
    expect(habilitationDecisionProblem(lateOne, '2026-03-09')).toBe(text);
    expect(habilitationDecisionProblem(lateOne, '2026-03-10')).toBeNull();
  });

  it('lets the director decide after unfavourable opinions', () => {
    const against = record({
      procureur: got('2026-01-31', '2026-02-01', 'defavorable'),
      jap: got('2026-01-31', '2026-02-01', 'defavorable'),
      prefet: got('2026-01-31', '2026-02-01', 'defavorable'),
    });
    expect(habilitationDecisionProblem(against, '2026-02-01')).toBeNull();
  });

  it('refuses a second decision on the same request', () => {
    const text = 'Une décision a déjà été prise sur cette demande.';
    expect(habilitationDecisionProblem(GRANTED, '2026-03-03')).toBe(text);
    expect(
      habilitationDecisionProblem(record({ ...ASKED, decision: 'refusee', decidedOn: '2026-03-01' }), '2026-03-03'),
    ).toBe(text);
  });
});

describe('isHostHabilitated', () => {
  it.each(HOST_TYPES.filter(isHabilitatedByRight))(
    '%s (public body) is habilitated by right, without any record',
    (type) => {
      expect(isHostHabilitated(type, [], '2026-01-01')).toBe(true);
      expect(
        isHostHabilitated(type, [record({ ...ASKED, decision: 'refusee', decidedOn: '2026-03-01' })], '2026-04-01'),
      ).toBe(true);
    },
  );

  it.each(HOST_TYPES.filter((t) => !isHabilitatedByRight(t)))(
    '%s needs a granted, unexpired, unwithdrawn habilitation',
    (type) => {
      expect(isHostHabilitated(type, [], '2026-04-01')).toBe(false);
      expect(isHostHabilitated(type, [record(ASKED)], '2026-04-01')).toBe(false);
      expect(
        isHostHabilitated(type, [record({ ...ASKED, decision: 'refusee', decidedOn: '2026-03-01' })], '2026-04-01'),
      ).toBe(false);
      expect(isHostHabilitated(type, [GRANTED], '2026-04-01')).toBe(true);
      expect(isHostHabilitated(type, [GRANTED], '2031-03-01')).toBe(true);
      expect(isHostHabilitated(type, [GRANTED], '2031-03-02')).toBe(false);
      expect(isHostHabilitated(type, [{ ...GRANTED, withdrawnOn: '2028-01-01' }], '2028-01-01')).toBe(false);
    },
  );

  it('takes a renewal into account: an expired habilitation followed by a granted one', () => {
    const renewal = record({
      requestedOn: '2030-11-01',
      ...ASKED,
      decision: 'accordee',
      decidedOn: '2031-02-01',
      validUntil: '2036-02-01',
    });
    expect(isHostHabilitated('association', [GRANTED, renewal], '2033-01-01')).toBe(true);
    expect(
      isHostHabilitated(
        'association',
        [GRANTED, record({ ...ASKED, decision: 'refusee', decidedOn: '2031-02-01' })],
        '2033-01-01',
      ),
    ).toBe(false);
  });
});
