import { describe, expect, it } from 'vitest';
import {
  authorityAddressee,
  courtInSentence,
  measureAuthority,
  ofCourt,
  spelledCivility,
} from '@shared/domain/measure-authority';
import { consentWording } from '@shared/domain/consent';
import { formatDateLong } from '@shared/domain/local-date';
import { MEASURE_TYPES } from '@shared/domain/measure-types';
import { frenchTime, slotWithTimes } from '@shared/domain/weekly-slots';

describe('the authority that follows a measure', () => {
  it('sends a TIG and a sursis probatoire to the JAP, with different consequences', () => {
    expect(measureAuthority('tig').kind).toBe('jap');
    expect(measureAuthority('tig').consequence).toContain('131-9');
    expect(measureAuthority('sursis_tig').kind).toBe('jap');
    expect(measureAuthority('sursis_tig').consequence).toContain('révoquer le sursis');
  });

  it('keeps a TNR with the procureur and never calls the person condemned', () => {
    const tnr = measureAuthority('tnr');
    expect(tnr.kind).toBe('procureur');
    expect(tnr.consequence).toContain('41-2');
    expect(tnr.personNoun).not.toContain('condamn');
    expect(measureAuthority('tnr', true).kind).toBe('procureur');
  });

  it('gives a TIG mineur, and a sursis for a person minor at the facts, to the juge des enfants', () => {
    expect(measureAuthority('tig_mineur').kind).toBe('juge_enfants');
    expect(measureAuthority('sursis_tig', true).kind).toBe('juge_enfants');
    expect(measureAuthority('sursis_tig', true).consequence).toContain('révoquer le sursis');
  });
});

describe('what the table prints', () => {
  it('never speaks of a conviction or a sentence for a TNR, in any of its texts', () => {
    for (const minor of [false, true]) {
      const tnr = measureAuthority('tnr', minor);
      for (const text of Object.values(tnr)) {
        expect(text).not.toMatch(/condamn/i);
        expect(text).not.toMatch(/\bpeines?\b/i);
      }
    }
  });

  it('says the procureur prosecutes on non-execution (CPP 41-2), the work done being taken into account', () => {
    expect(measureAuthority('tnr').consequence).toContain('met en mouvement l’action publique, sauf élément nouveau');
    expect(measureAuthority('tnr').consequence).toContain('travail déjà accompli');
  });

  it('gives the juge des enfants the JAP’s functions under CJPM L.611-2', () => {
    expect(measureAuthority('tig_mineur').consequence).toContain('L.611-2');
    expect(measureAuthority('sursis_tig', true).legalBasis).toContain('L.611-2');
  });

  it('has every wording for every type', () => {
    for (const type of MEASURE_TYPES)
      for (const [key, text] of Object.entries(measureAuthority(type))) expect(text, `${type}.${key}`).not.toBe('');
  });

  it('addresses a report by name when the magistrate is known, by function otherwise', () => {
    const judge = measureAuthority('tig_mineur');
    expect(authorityAddressee(judge, 'Mme Claire Roux', 'Tribunal pour enfants de Lyon')).toBe(
      'Madame Claire Roux, juge des enfants, tribunal pour enfants de Lyon',
    );
    expect(authorityAddressee(measureAuthority('tig'), null, 'Tribunal judiciaire du Mans')).toBe(
      'Madame, Monsieur le juge de l’application des peines, tribunal judiciaire du Mans',
    );
    expect(spelledCivility('M. Paul Vidal')).toBe('Monsieur Paul Vidal');
    expect(spelledCivility('Paul Vidal')).toBe('Paul Vidal');
  });

  it('contracts « de » before a court', () => {
    expect(ofCourt('Tribunal judiciaire de Lyon')).toBe('du tribunal judiciaire de Lyon');
    expect(ofCourt('Cour d’appel de Rennes')).toBe('de la cour d’appel de Rennes');
    expect(ofCourt('Parquet du tribunal judiciaire du Mans')).toBe('du parquet du tribunal judiciaire du Mans');
    expect(ofCourt('Évry')).toBe('d’Évry');
    expect(courtInSentence('Tribunal pour enfants de Nantes')).toBe('tribunal pour enfants de Nantes');
  });
});

describe('how consent is worded on a decision', () => {
  const decision = { decisionDate: '2026-10-01' };
  it('tells the hearing from consent after the judgment, with its date', () => {
    expect(
      consentWording({ ...decision, status: 'hearing', date: null }, measureAuthority('tig'), formatDateLong),
    ).toBe('donné à l’audience du 1er octobre 2026');
    expect(
      consentWording(
        { ...decision, status: 'jap', date: '2026-10-20' },
        measureAuthority('tig_mineur'),
        formatDateLong,
      ),
    ).toBe('recueilli après le jugement par le juge des enfants le 20 octobre 2026');
    expect(
      consentWording(
        { ...decision, status: 'lawyer_writing', date: '2026-10-05' },
        measureAuthority('tig'),
        formatDateLong,
      ),
    ).toBe('donné par écrit par l’intermédiaire de son avocat le 5 octobre 2026');
    expect(
      consentWording({ ...decision, status: 'hearing', date: '2026-10-01' }, measureAuthority('tnr'), formatDateLong),
    ).toBe('donné sur la proposition de composition pénale le 1er octobre 2026');
    expect(
      consentWording({ ...decision, status: 'pending', date: null }, measureAuthority('tig'), formatDateLong),
    ).toBe(null);
  });
});

describe('printed schedule times', () => {
  it('writes hours the French way', () => {
    expect(frenchTime('08:30')).toBe('8 h 30');
    expect(frenchTime('12:00')).toBe('12 h');
    expect(slotWithTimes('mon_morning')).toBe('lundi de 8 h 30 à 12 h');
    expect(slotWithTimes('sat_evening')).toBe('samedi de 18 h 30 à 22 h 30');
  });
});
