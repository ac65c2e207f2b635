import { describe, expect, it } from 'vitest';
import { addDays } from '@shared/domain/local-date';
import {
  HABILITATION_OPINION_DELAY,
  REGISTRATION_OPINION_DELAY,
  deemedDate,
  describeOpinion,
  opinionState,
  opinionsComplete,
  type Opinion,
} from '@shared/domain/catalogue/opinions';

const requested = (requestedOn: string): Opinion => ({ requestedOn, receivedOn: null, opinion: null });
const received = (
  requestedOn: string | null,
  receivedOn: string,
  opinion: 'favorable' | 'defavorable' = 'favorable',
): Opinion => ({
  requestedOn,
  receivedOn,
  opinion,
});
const NOT_REQUESTED: Opinion = { requestedOn: null, receivedOn: null, opinion: null };

describe('delays', () => {
  it('are one month for a habilitation and ten days for a post registration', () => {
    expect(HABILITATION_OPINION_DELAY).toEqual({ months: 1 });
    expect(REGISTRATION_OPINION_DELAY).toEqual({ days: 10 });
  });
});

describe('deemedDate: one month (habilitation)', () => {
  it.each([
    ['2026-01-15', '2026-02-15', 'same day next month'],
    ['2026-01-31', '2026-02-28', '31 January, common year: last day of February'],
    ['2024-01-31', '2024-02-29', '31 January, leap year: 29 February'],
    ['2026-01-29', '2026-02-28', '29 January, common year'],
    ['2024-01-29', '2024-02-29', '29 January, leap year'],
    ['2026-01-28', '2026-02-28', '28 January'],
    ['2026-03-31', '2026-04-30', '31 March: April has 30 days'],
    ['2026-05-31', '2026-06-30', '31 May'],
    ['2026-08-31', '2026-09-30', '31 August'],
    ['2026-02-28', '2026-03-28', 'end of February keeps the day number'],
    ['2024-02-29', '2024-03-29', '29 February keeps the day number'],
    ['2026-12-15', '2027-01-15', 'across the new year'],
    ['2026-12-31', '2027-01-31', '31 December'],
  ])('requested %s → %s (%s)', (requestedOn, expected) => {
    expect(deemedDate(requestedOn, HABILITATION_OPINION_DELAY)).toBe(expected);
  });
});

describe('deemedDate: ten days (registration)', () => {
  it.each([
    ['2026-02-25', '2026-03-07', 'across the end of February, common year'],
    ['2024-02-25', '2024-03-06', 'across the end of February, leap year'],
    ['2026-01-25', '2026-02-04', 'across a 31-day month'],
    ['2026-04-25', '2026-05-05', 'across a 30-day month'],
    ['2026-12-27', '2027-01-06', 'across the new year'],
    ['2026-03-22', '2026-04-01', 'across the spring clock change'],
    ['2026-10-20', '2026-10-30', 'across the autumn clock change'],
  ])('requested %s → %s (%s)', (requestedOn, expected) => {
    expect(deemedDate(requestedOn, REGISTRATION_OPINION_DELAY)).toBe(expected);
  });
});

describe('opinionState', () => {
  it.each([
    ['habilitation', HABILITATION_OPINION_DELAY, '2026-01-31', '2026-02-28'],
    ['habilitation', HABILITATION_OPINION_DELAY, '2024-01-31', '2024-02-29'],
    ['habilitation', HABILITATION_OPINION_DELAY, '2026-03-31', '2026-04-30'],
    ['registration', REGISTRATION_OPINION_DELAY, '2026-02-25', '2026-03-07'],
    ['registration', REGISTRATION_OPINION_DELAY, '2024-02-25', '2024-03-06'],
  ] as const)(
    '%s requested %s: pending the day before %s, deemed from that day on',
    (_kind, delay, requestedOn, deemedOn) => {
      const opinion = requested(requestedOn);
      expect(opinionState(opinion, delay, requestedOn)).toEqual({ state: 'pending', deemedOn });
      expect(opinionState(opinion, delay, addDays(deemedOn, -1))).toEqual({ state: 'pending', deemedOn });
      expect(opinionState(opinion, delay, deemedOn)).toEqual({ state: 'deemed', on: deemedOn });
      expect(opinionState(opinion, delay, addDays(deemedOn, 1))).toEqual({ state: 'deemed', on: deemedOn });
      expect(opinionState(opinion, delay, '2030-01-01')).toEqual({ state: 'deemed', on: deemedOn });
    },
  );

  it('is not_requested when the opinion was never asked for, whatever the date', () => {
    expect(opinionState(NOT_REQUESTED, HABILITATION_OPINION_DELAY, '2026-01-01')).toEqual({ state: 'not_requested' });
    expect(opinionState(NOT_REQUESTED, REGISTRATION_OPINION_DELAY, '2099-01-01')).toEqual({ state: 'not_requested' });
  });

  it('is received as soon as it is received, before the deemed date', () => {
    const opinion = received('2026-01-10', '2026-01-20', 'defavorable');
    expect(opinionState(opinion, HABILITATION_OPINION_DELAY, '2026-01-20')).toEqual({
      state: 'received',
      opinion: 'defavorable',
      on: '2026-01-20',
    });
  });

  it('counts a received opinion even when it came after the deemed date (its content is known)', () => {
    const opinion = received('2026-01-31', '2026-03-15', 'defavorable');
    expect(opinionState(opinion, HABILITATION_OPINION_DELAY, '2026-04-01')).toEqual({
      state: 'received',
      opinion: 'defavorable',
      on: '2026-03-15',
    });
    const late = received('2026-02-25', '2026-03-20', 'favorable');
    expect(opinionState(late, REGISTRATION_OPINION_DELAY, '2026-03-20')).toEqual({
      state: 'received',
      opinion: 'favorable',
      on: '2026-03-20',
    });
  });

  it('counts a received opinion even if its request date was not recorded', () => {
    expect(opinionState(received(null, '2026-01-20'), REGISTRATION_OPINION_DELAY, '2026-01-21').state).toBe('received');
  });

  it('ignores a reception date without an opinion value (still pending or deemed)', () => {
    const incomplete: Opinion = { requestedOn: '2026-02-25', receivedOn: '2026-02-26', opinion: null };
    expect(opinionState(incomplete, REGISTRATION_OPINION_DELAY, '2026-03-06')).toEqual({
      state: 'pending',
      deemedOn: '2026-03-07',
    });
    expect(opinionState(incomplete, REGISTRATION_OPINION_DELAY, '2026-03-07')).toEqual({
      state: 'deemed',
      on: '2026-03-07',
    });
  });

  it('uses the delay it is given: the same request is deemed at ten days for a registration, not for a habilitation', () => {
    const opinion = requested('2026-02-25');
    expect(opinionState(opinion, REGISTRATION_OPINION_DELAY, '2026-03-07').state).toBe('deemed');
    expect(opinionState(opinion, HABILITATION_OPINION_DELAY, '2026-03-07').state).toBe('pending');
    expect(opinionState(opinion, HABILITATION_OPINION_DELAY, '2026-03-25').state).toBe('deemed');
  });
});

describe('opinionsComplete', () => {
  const delay = HABILITATION_OPINION_DELAY;

  it('is true when every opinion is received or deemed', () => {
    const all = [
      received('2026-01-31', '2026-02-02'),
      received('2026-01-31', '2026-02-10', 'defavorable'),
      requested('2026-01-31'),
    ];
    expect(opinionsComplete(all, delay, '2026-02-27')).toBe(false);
    expect(opinionsComplete(all, delay, '2026-02-28')).toBe(true);
  });

  it('is false while one opinion is not even requested, however late', () => {
    expect(opinionsComplete([received('2026-01-01', '2026-01-05'), NOT_REQUESTED], delay, '2030-01-01')).toBe(false);
  });

  it('waits for the latest request: each opinion runs from its own request date', () => {
    const opinions = [requested('2026-01-10'), requested('2026-01-20')];
    expect(opinionsComplete(opinions, delay, '2026-02-10')).toBe(false);
    expect(opinionsComplete(opinions, delay, '2026-02-19')).toBe(false);
    expect(opinionsComplete(opinions, delay, '2026-02-20')).toBe(true);
  });

  it('is true at once when every opinion is received, before any deemed date', () => {
    expect(
      opinionsComplete(
        [received('2026-01-10', '2026-01-11'), received('2026-01-10', '2026-01-12')],
        delay,
        '2026-01-12',
      ),
    ).toBe(true);
  });

  it('does not care whether the opinions are favourable: they are advice, not a veto', () => {
    const against = [
      received('2026-01-10', '2026-01-11', 'defavorable'),
      received('2026-01-10', '2026-01-12', 'defavorable'),
    ];
    expect(opinionsComplete(against, delay, '2026-01-12')).toBe(true);
  });
});

describe('describeOpinion', () => {
  it.each([
    [{ state: 'not_requested' } as const, 'Non demandé'],
    [{ state: 'pending', deemedOn: '2026-02-28' } as const, 'En attente (réputé donné le 28/02/2026)'],
    [{ state: 'received', opinion: 'favorable', on: '2026-02-03' } as const, 'Favorable (reçu le 03/02/2026)'],
    [{ state: 'received', opinion: 'defavorable', on: '2026-12-31' } as const, 'Défavorable (reçu le 31/12/2026)'],
    [{ state: 'deemed', on: '2024-02-29' } as const, 'Réputé donné depuis le 29/02/2024'],
  ])('%o → "%s"', (state, text) => {
    expect(describeOpinion(state)).toBe(text);
  });

  it('never says a deemed or pending opinion is favourable: the law lets the director decide without it, it presumes no content', () => {
    for (const state of [
      opinionState(requested('2026-01-31'), HABILITATION_OPINION_DELAY, '2026-02-01'),
      opinionState(requested('2026-01-31'), HABILITATION_OPINION_DELAY, '2026-03-01'),
    ]) {
      expect(describeOpinion(state)).not.toMatch(/favorable/i);
    }
  });

  it('describes what opinionState computes', () => {
    expect(describeOpinion(opinionState(requested('2026-02-25'), REGISTRATION_OPINION_DELAY, '2026-03-06'))).toBe(
      'En attente (réputé donné le 07/03/2026)',
    );
    expect(describeOpinion(opinionState(requested('2026-02-25'), REGISTRATION_OPINION_DELAY, '2026-03-07'))).toBe(
      'Réputé donné depuis le 07/03/2026',
    );
  });
});
