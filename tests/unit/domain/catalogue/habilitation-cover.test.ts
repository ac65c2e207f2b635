import { describe, expect, it } from 'vitest';
import {
  habilitatedUntil,
  habilitationCoverProblem,
  habilitationPeriods,
} from '@shared/domain/catalogue/habilitation-cover';
import type { HabilitationRecord } from '@shared/domain/catalogue/habilitation';

const none = { requestedOn: null, receivedOn: null, opinion: null };
function granted(decidedOn: string, validUntil: string | null, withdrawnOn: string | null = null): HabilitationRecord {
  return {
    requestedOn: decidedOn,
    procureur: none,
    jap: none,
    prefet: none,
    decision: 'accordee',
    decidedOn,
    validUntil,
    withdrawnOn,
  };
}

describe('habilitation covering a placement’s start', () => {
  const periods = habilitationPeriods([granted('2025-01-15', '2026-12-31')]);
  it('covers its first and last day, not the day before nor the day after', () => {
    expect(habilitationCoverProblem('Emmaüs', false, periods, '2025-01-15')).toBeNull();
    expect(habilitationCoverProblem('Emmaüs', false, periods, '2026-12-31')).toBeNull();
    expect(habilitationCoverProblem('Emmaüs', false, periods, '2025-01-14')).toBe(
      'L’habilitation de la structure « Emmaüs » ne couvre pas le 14/01/2025 (habilitée du 15/01/2025 au 31/12/2026).',
    );
    expect(habilitationCoverProblem('Emmaüs', false, periods, '2027-01-01')).toContain('ne couvre pas le 01/01/2027');
  });
  it('ends the eve of a withdrawal', () => {
    const withdrawn = habilitationPeriods([granted('2025-01-15', '2029-12-31', '2026-06-10')]);
    expect(habilitationCoverProblem('Emmaüs', false, withdrawn, '2026-06-09')).toBeNull();
    expect(habilitationCoverProblem('Emmaüs', false, withdrawn, '2026-06-10')).not.toBeNull();
  });
  it('needs none for a public body, and says so when a private host never had one', () => {
    expect(habilitationCoverProblem('Mairie', true, [], '2026-01-01')).toBeNull();
    expect(habilitationCoverProblem('Club', false, [], '2026-01-01')).toBe(
      'La structure « Club » n’est pas habilitée : aucune affectation n’est possible.',
    );
  });
  it('ignores refused and undecided requests', () => {
    const refused = { ...granted('2025-01-15', '2030-01-01'), decision: 'refusee' as const };
    const pending = { ...granted('2025-01-15', null), decision: null, decidedOn: null };
    expect(habilitationPeriods([refused, pending])).toEqual([]);
  });
  it('runs on through a renewal granted in time, and stops at a gap', () => {
    const renewed = habilitationPeriods([granted('2020-01-01', '2024-12-31'), granted('2024-11-20', '2029-12-31')]);
    expect(habilitatedUntil(renewed, '2022-05-05')).toBe('2029-12-31');
    const gap = habilitationPeriods([granted('2020-01-01', '2024-12-31'), granted('2025-02-01', '2029-12-31')]);
    expect(habilitatedUntil(gap, '2022-05-05')).toBe('2024-12-31');
    expect(habilitatedUntil(gap, '2025-01-15')).toBeUndefined();
    expect(habilitatedUntil(habilitationPeriods([granted('2020-01-01', null)]), '2022-05-05')).toBeNull();
  });
});
