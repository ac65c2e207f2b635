import { describe, expect, it } from 'vitest';
import {
  MAJORITY,
  MINOR_MIN_AGE_AT_DECISION,
  MINOR_MIN_AGE_AT_OFFENCE,
  ageProblem,
  isMinorOn,
  minorAtFacts,
} from '@shared/domain/minors';

// Born 15 June 2010: 13 on 2023-06-15, 16 on 2026-06-15, 18 on 2028-06-15.
const BIRTH = '2010-06-15';

describe('age thresholds', () => {
  it('are 16 at the decision, 13 at the offence, majority at 18', () => {
    expect(MINOR_MIN_AGE_AT_DECISION).toBe(16);
    expect(MINOR_MIN_AGE_AT_OFFENCE).toBe(13);
    expect(MAJORITY).toBe(18);
  });
});

describe('ageProblem for a TIG mineur', () => {
  it.each([
    ['16 at the decision, 13 at the offence (both edges)', '2026-06-15', '2023-06-15'],
    ['16 at the decision, 15 at the offence', '2026-06-15', '2025-09-01'],
    ['17 at the decision', '2027-12-01', '2027-01-10'],
    ['adult at the decision but a minor at the offence', '2029-03-01', '2028-06-14'],
    ['long after majority, offence the day before turning 18', '2031-01-10', '2028-06-14'],
  ])('accepts: %s', (_label, decision, offence) => {
    expect(ageProblem('tig_mineur', BIRTH, decision, offence)).toBeNull();
  });

  it('refuses 15 years and 364 days at the decision', () => {
    expect(ageProblem('tig_mineur', BIRTH, '2026-06-14', '2024-01-10')).toEqual({
      field: 'decisionDate',
      message:
        'La personne avait 15 ans à la décision (née le 15 juin 2010) : un TIG n’est possible qu’à partir de 16 ans à la date de la décision.',
    });
  });

  it('refuses 12 at the offence (the day before turning 13)', () => {
    expect(ageProblem('tig_mineur', BIRTH, '2026-09-01', '2023-06-14')).toEqual({
      field: 'offenceDate',
      message: 'La personne avait 12 ans au moment des faits : un TIG n’est possible qu’à partir de 13 ans aux faits.',
    });
  });

  it('refuses a person who was already an adult at the offence', () => {
    expect(ageProblem('tig_mineur', BIRTH, '2029-01-10', '2028-06-15')).toEqual({
      field: 'type',
      message: 'La personne était majeure au moment des faits : choisissez un TIG pour majeur.',
    });
  });

  it('requires the offence date', () => {
    expect(ageProblem('tig_mineur', BIRTH, '2026-09-01', null)).toEqual({
      field: 'offenceDate',
      message: 'Pour un TIG mineur, la date des faits est obligatoire.',
    });
  });

  it('reports the offence age before the decision age when both are wrong', () => {
    expect(ageProblem('tig_mineur', BIRTH, '2026-01-10', '2023-01-10')?.field).toBe('offenceDate');
  });

  it.each([
    ['turns 16 on 1 March in a common year: 28 Feb is too early', '2024-02-28', 'decisionDate'],
    ['turns 16 on 1 March in a common year: 1 Mar is fine', '2024-03-01', null],
  ])('born 29 February 2008, decision: %s', (_label, decision, field) => {
    expect(ageProblem('tig_mineur', '2008-02-29', decision, '2023-06-01')?.field ?? null).toBe(field);
  });

  it('born 29 February 2008 turns 16 on 29 February 2024 (a leap year)', () => {
    expect(ageProblem('tig_mineur', '2008-02-29', '2024-02-29', '2023-06-01')).toBeNull();
  });
});

describe('ageProblem for the other measure types', () => {
  const adultTypes = ['tig', 'sursis_tig', 'tnr'] as const;

  it.each(adultTypes)('%s accepts a person adult at the offence (18 that day)', (type) => {
    expect(ageProblem(type, BIRTH, '2029-01-10', '2028-06-15')).toBeNull();
  });

  it.each(adultTypes)('%s accepts an adult without an offence date', (type) => {
    expect(ageProblem(type, BIRTH, '2028-06-15', null)).toBeNull();
  });

  it('tig (peine principale) refuses a person who was a minor at the offence, even if adult at the decision', () => {
    expect(ageProblem('tig', BIRTH, '2029-01-10', '2028-06-14')).toEqual({
      field: 'type',
      message: 'La personne était mineure au moment des faits : choisissez « TIG mineur ».',
    });
  });

  it('tig (peine principale) refuses a person aged 17 at the decision', () => {
    expect(ageProblem('tig', BIRTH, '2028-06-14', '2027-01-10')).toEqual({
      field: 'type',
      message: 'La personne est mineure à la date de la décision : choisissez « TIG mineur ».',
    });
  });

  it.each(adultTypes)('%s refuses a person aged 15 at the decision: too young', (type) => {
    const measure = type === 'tnr' ? 'un TNR' : 'un TIG';
    expect(ageProblem(type, BIRTH, '2026-06-14', null)).toEqual({
      field: 'decisionDate',
      message: `La personne avait 15 ans à la décision (née le 15 juin 2010) : ${measure} n’est possible qu’à partir de 16 ans à la date de la décision.`,
    });
  });

  it('born 29 February 2008 is still a minor on 28 February 2026 and an adult on 1 March 2026', () => {
    expect(ageProblem('tig', '2008-02-29', '2026-02-28', null)?.field).toBe('type');
    expect(ageProblem('tig', '2008-02-29', '2026-03-01', null)).toBeNull();
  });
});

describe('isMinorOn', () => {
  it.each([
    ['2028-06-14', true],
    ['2028-06-15', false],
    ['2026-06-15', true],
    ['2040-01-01', false],
  ])('on %s, minor: %s', (on, minor) => {
    expect(isMinorOn(BIRTH, on)).toBe(minor);
  });

  it('handles a birth on 29 February', () => {
    expect(isMinorOn('2008-02-29', '2026-02-28')).toBe(true);
    expect(isMinorOn('2008-02-29', '2026-03-01')).toBe(false);
  });
});

describe('minor status follows the age on the date concerned, not the measure type', () => {
  // Born 15 June 2010: 15 until 2026-06-14, 16 from 2026-06-15, 18 from 2028-06-15.
  it.each(['sursis_tig', 'tnr'] as const)('%s accepts a person 15 at the facts and 16 at the decision', (type) => {
    expect(ageProblem(type, BIRTH, '2026-06-15', '2026-01-10')).toBeNull();
    expect(minorAtFacts(type, BIRTH, '2026-06-15', '2026-01-10')).toBe(true);
  });

  it.each(['sursis_tig', 'tnr'] as const)('%s accepts a person 17 at the facts, adult at the decision', (type) => {
    expect(ageProblem(type, BIRTH, '2029-01-10', '2028-06-14')).toBeNull();
    expect(minorAtFacts(type, BIRTH, '2029-01-10', '2028-06-14')).toBe(true);
  });

  it.each(['tig', 'sursis_tig', 'tnr', 'tig_mineur'] as const)('%s: 18 at the facts is an adult', (type) => {
    expect(minorAtFacts(type, BIRTH, '2029-01-10', '2028-06-15')).toBe(type === 'tig_mineur');
  });

  it('without an offence date, the age at the decision decides', () => {
    expect(minorAtFacts('sursis_tig', BIRTH, '2028-06-14', null)).toBe(true);
    expect(minorAtFacts('sursis_tig', BIRTH, '2028-06-15', null)).toBe(false);
  });

  it('a TNR for a person 15 at the decision speaks of TNR, not of TIG (CJPM L.422-3: from 16)', () => {
    expect(ageProblem('tnr', BIRTH, '2026-06-14', '2026-01-10')).toEqual({
      field: 'decisionDate',
      message:
        'La personne avait 15 ans à la décision (née le 15 juin 2010) : un TNR n’est possible qu’à partir de 16 ans à la date de la décision.',
    });
  });

  it('a sursis probatoire with TIG for a person 15 at the decision is refused (CJPM L.122-1)', () => {
    expect(ageProblem('sursis_tig', BIRTH, '2026-06-14', '2026-01-10')?.field).toBe('decisionDate');
  });

  it('a TNR for a person 12 at the facts names the composition pénale (from 13)', () => {
    expect(ageProblem('tnr', BIRTH, '2026-09-01', '2023-06-14')).toEqual({
      field: 'offenceDate',
      message:
        'La personne avait 12 ans au moment des faits : une composition pénale n’est possible qu’à partir de 13 ans aux faits.',
    });
    expect(ageProblem('tnr', BIRTH, '2026-09-01', '2023-06-15')).toBeNull();
  });

  it.each(['sursis_tig', 'tnr'] as const)('%s for a person minor at the decision needs the offence date', (type) => {
    expect(ageProblem(type, BIRTH, '2027-01-10', null)).toEqual({
      field: 'offenceDate',
      message:
        'La personne est mineure à la date de la décision : la date des faits est obligatoire (régime des mineurs).',
    });
  });

  it('a TIG peine principale for a person 16 at the facts stays refused (registered as TIG mineur)', () => {
    expect(ageProblem('tig', BIRTH, '2029-01-10', '2026-09-01')?.field).toBe('type');
    expect(ageProblem('tig_mineur', BIRTH, '2029-01-10', '2026-09-01')).toBeNull();
  });
});
