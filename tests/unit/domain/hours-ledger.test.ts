import { describe, expect, it } from 'vitest';
import {
  SESSION_OUTCOMES,
  creditedMinutes,
  effectiveEntries,
  ledgerEntryProblem,
  minutesBetween,
  summarizeLedger,
  type LedgerEntry,
  type SessionOutcome,
} from '@shared/domain/hours-ledger';

function entry(id: string, durationMinutes: number, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  return { id, date: '2026-03-02', durationMinutes, outcome: 'present', correctsId: null, ...extra };
}

describe('effectiveEntries', () => {
  it('keeps every entry when nothing is corrected', () => {
    const entries = [entry('a', 60), entry('b', 120)];
    expect(effectiveEntries(entries)).toEqual(entries);
  });

  it('drops an entry once a correction points at it', () => {
    const a = entry('a', 60);
    const b = entry('b', 120);
    const fix = entry('fix', 90, { correctsId: 'a' });
    expect(effectiveEntries([a, b, fix]).map((e) => e.id)).toEqual(['b', 'fix']);
  });

  it('keeps only the last of a chain of corrections of corrections', () => {
    const entries = [
      entry('a', 60),
      entry('b', 90, { correctsId: 'a' }),
      entry('c', 30, { correctsId: 'b' }),
      entry('d', 45, { correctsId: 'c' }),
    ];
    expect(effectiveEntries(entries).map((e) => e.id)).toEqual(['d']);
  });

  it('does not depend on the order entries come in', () => {
    const entries = [entry('c', 30, { correctsId: 'b' }), entry('a', 60), entry('b', 90, { correctsId: 'a' })];
    expect(effectiveEntries(entries).map((e) => e.id)).toEqual(['c']);
  });

  it('keeps extra fields of the caller’s entry type', () => {
    const rows = [{ ...entry('a', 60), placementId: 'p1' }];
    expect(effectiveEntries(rows)[0]?.placementId).toBe('p1');
  });
});

describe('creditedMinutes', () => {
  it.each(SESSION_OUTCOMES.map((outcome) => [outcome, outcome === 'present' ? 180 : 0] as const))(
    'a %s session credits %i minutes',
    (outcome, minutes) => {
      expect(creditedMinutes([entry('a', 180, { outcome })])).toBe(minutes);
    },
  );

  it('adds up present sessions and ignores corrected ones', () => {
    const entries = [
      entry('a', 240),
      entry('b', 180),
      entry('c', 180, { outcome: 'absence_injustifiee' }),
      entry('b2', 150, { correctsId: 'b' }), // b was 30 minutes too long
    ];
    expect(creditedMinutes(entries)).toBe(390);
  });

  it('credits nothing when a present session is corrected into an absence', () => {
    expect(
      creditedMinutes([entry('a', 240), entry('a2', 240, { outcome: 'absence_justifiee', correctsId: 'a' })]),
    ).toBe(0);
  });

  it('credits a session an absence was corrected into presence', () => {
    expect(
      creditedMinutes([entry('a', 240, { outcome: 'absence_injustifiee' }), entry('a2', 240, { correctsId: 'a' })]),
    ).toBe(240);
  });

  it('is 0 for an empty ledger', () => {
    expect(creditedMinutes([])).toBe(0);
  });
});

describe('summarizeLedger', () => {
  it('summarizes ordered, credited, remaining, last presence and unjustified absences', () => {
    const entries: LedgerEntry[] = [
      entry('a', 240, { date: '2026-03-02' }),
      entry('b', 240, { date: '2026-03-16' }),
      entry('c', 240, { date: '2026-03-09', outcome: 'absence_injustifiee' }),
      entry('d', 240, { date: '2026-03-23', outcome: 'absence_injustifiee' }),
      entry('d2', 240, { date: '2026-03-23', outcome: 'absence_justifiee', correctsId: 'd' }),
      entry('e', 240, { date: '2026-03-30', outcome: 'renvoye' }),
    ];
    expect(summarizeLedger(20, entries)).toEqual({
      orderedMinutes: 1200,
      creditedMinutes: 480,
      remainingMinutes: 720,
      percent: 40,
      lastPresentDate: '2026-03-16',
      unjustifiedAbsences: 1,
    });
  });

  it('takes the latest present date whatever the entry order, ignoring corrected entries', () => {
    const entries = [
      entry('late', 60, { date: '2026-04-20' }),
      entry('early', 60, { date: '2026-04-01' }),
      entry('fix', 60, { date: '2026-04-20', outcome: 'absence_justifiee', correctsId: 'late' }),
    ];
    expect(summarizeLedger(20, entries).lastPresentDate).toBe('2026-04-01');
  });

  it('has no last present date and 0 % for an empty ledger', () => {
    expect(summarizeLedger(20, [])).toEqual({
      orderedMinutes: 1200,
      creditedMinutes: 0,
      remainingMinutes: 1200,
      percent: 0,
      lastPresentDate: null,
      unjustifiedAbsences: 0,
    });
  });

  it.each([
    [20, 1200, 100],
    [20, 600, 50],
    [400, 24_000, 100],
    [400, 23_999, 99.9], // one minute left is not 100 %
    [400, 23_976, 99.9],
    [400, 23_975, 99.8],
    [100, 1, 0],
    [20, 400, 33.3],
    [20, 800, 66.6],
    [0, 0, 0],
  ])('%i h ordered, %i minutes credited: %d %', (hours, credited, percent) => {
    expect(summarizeLedger(hours, credited === 0 ? [] : [entry('a', credited)]).percent).toBe(percent);
  });

  it('never reports more than 100 % nor a negative remainder', () => {
    const summary = summarizeLedger(20, [entry('a', 1300)]);
    expect(summary.percent).toBe(100);
    expect(summary.remainingMinutes).toBe(0);
  });
});

describe('ledgerEntryProblem: hours ordered are a ceiling', () => {
  // 20 h ordered, 19 h credited: 60 minutes remain.
  const existing = [entry('a', 600), entry('b', 540)];

  it('accepts a session that completes the hours exactly (60 of 60 minutes left)', () => {
    expect(ledgerEntryProblem(20, existing, entry('c', 60))).toBeNull();
  });

  it('refuses a session one minute over (61 of 60 minutes left)', () => {
    expect(ledgerEntryProblem(20, existing, entry('c', 61))).toBe(
      'Les heures créditées dépasseraient les 20 h ordonnées : il reste 1 h à effectuer.',
    );
  });

  it('says nothing remains when the hours are all done', () => {
    expect(ledgerEntryProblem(20, [...existing, entry('c', 60)], entry('d', 1))).toBe(
      'Les heures créditées dépasseraient les 20 h ordonnées : il reste 0 min à effectuer.',
    );
  });

  it.each(SESSION_OUTCOMES.filter((o) => o !== 'present'))(
    'accepts a %s session once all the hours are done (it credits nothing)',
    (outcome: SessionOutcome) => {
      expect(ledgerEntryProblem(20, [...existing, entry('c', 60)], entry('d', 240, { outcome }))).toBeNull();
    },
  );

  it('accepts the whole 400 h in one go, not 400 h and 1 minute', () => {
    expect(ledgerEntryProblem(400, [], entry('a', 24_000))).toBeNull();
    expect(ledgerEntryProblem(400, [], entry('a', 24_001))).toMatch(
      /dépasseraient les 400 h ordonnées : il reste 400 h à effectuer/,
    );
  });

  it('counts a TNR ceiling the same way (100 h)', () => {
    expect(ledgerEntryProblem(100, [entry('a', 5_970)], entry('b', 30))).toBeNull();
    expect(ledgerEntryProblem(100, [entry('a', 5_970)], entry('b', 31))).toMatch(/il reste 30 min à effectuer/);
  });
});

describe('ledgerEntryProblem: corrections', () => {
  // 20 h ordered, all credited.
  const full = [entry('a', 600), entry('b', 600)];

  it('accepts correcting an entry downward', () => {
    expect(ledgerEntryProblem(20, full, entry('b2', 540, { correctsId: 'b' }))).toBeNull();
  });

  it('accepts correcting an entry upward within the hours ordered', () => {
    const partial = [entry('a', 600), entry('b', 540)];
    expect(ledgerEntryProblem(20, partial, entry('b2', 600, { correctsId: 'b' }))).toBeNull();
  });

  it('refuses correcting an entry upward past the hours ordered', () => {
    const partial = [entry('a', 600), entry('b', 540)];
    expect(ledgerEntryProblem(20, partial, entry('b2', 601, { correctsId: 'b' }))).toMatch(/il reste 1 h à effectuer/);
  });

  it('accepts turning a present session into an absence', () => {
    expect(
      ledgerEntryProblem(20, full, entry('b2', 600, { outcome: 'absence_justifiee', correctsId: 'b' })),
    ).toBeNull();
  });

  it('refuses correcting an entry that was already corrected', () => {
    const ledger = [...full, entry('b2', 540, { correctsId: 'b' })];
    expect(ledgerEntryProblem(20, ledger, entry('b3', 500, { correctsId: 'b' }))).toBe(
      'Cette séance a déjà été corrigée : corrigez la dernière version.',
    );
  });

  it('accepts correcting the last version of a corrected entry', () => {
    const ledger = [...full, entry('b2', 540, { correctsId: 'b' })];
    expect(ledgerEntryProblem(20, ledger, entry('b3', 600, { correctsId: 'b2' }))).toBeNull();
    expect(ledgerEntryProblem(20, ledger, entry('b3', 601, { correctsId: 'b2' }))).toMatch(/il reste 1 h à effectuer/);
  });

  it('refuses correcting an entry that is not in the ledger', () => {
    expect(ledgerEntryProblem(20, full, entry('x', 60, { correctsId: 'missing' }))).toBe(
      'La séance à corriger n’existe pas dans ce relevé.',
    );
  });
});

describe('minutesBetween', () => {
  it.each([
    ['09:00', '12:00', 180],
    ['09:00', '09:01', 1],
    ['13:30', '17:15', 225],
    ['00:00', '23:59', 1439],
    ['08:05', '10:00', 115],
  ])('%s to %s is %i minutes', (start, end, minutes) => {
    expect(minutesBetween(start, end)).toBe(minutes);
  });

  it.each([
    ['09:00', '09:00'], // end not after start
    ['12:00', '09:00'],
    ['22:00', '02:00'], // across midnight is not a same-day session
    ['24:00', '24:30'],
    ['09:00', '24:00'],
    ['9:00', '12:00'],
    ['09:60', '12:00'],
    ['09h00', '12h00'],
    ['', '12:00'],
    ['09:00:00', '12:00:00'],
  ])('%j to %j is refused', (start, end) => {
    expect(minutesBetween(start, end)).toBeNull();
  });
});
