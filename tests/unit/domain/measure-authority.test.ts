import { describe, expect, it } from 'vitest';
import { measureAuthority } from '@shared/domain/measure-authority';
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

describe('printed schedule times', () => {
  it('writes hours the French way', () => {
    expect(frenchTime('08:30')).toBe('8 h 30');
    expect(frenchTime('12:00')).toBe('12 h');
    expect(slotWithTimes('mon_morning')).toBe('lundi de 8 h 30 à 12 h');
    expect(slotWithTimes('sat_evening')).toBe('samedi de 18 h 30 à 22 h 30');
  });
});
