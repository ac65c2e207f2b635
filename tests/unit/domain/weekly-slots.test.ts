import { describe, expect, it } from 'vitest';
import {
  DAY_PARTS,
  WEEKDAYS,
  WEEKLY_SLOTS,
  describeSlots,
  slotLabel,
  type WeeklySlot,
} from '@shared/domain/weekly-slots';

describe('WEEKLY_SLOTS', () => {
  it('has three parts for each of the seven days, in week order', () => {
    expect(WEEKLY_SLOTS).toHaveLength(21);
    expect(new Set(WEEKLY_SLOTS).size).toBe(21);
    expect(WEEKLY_SLOTS.slice(0, 4)).toEqual(['mon_morning', 'mon_afternoon', 'mon_evening', 'tue_morning']);
    expect(WEEKLY_SLOTS.at(-1)).toBe('sun_evening');
    expect(WEEKDAYS).toHaveLength(7);
    expect(DAY_PARTS).toEqual(['morning', 'afternoon', 'evening']);
  });
});

describe('slotLabel', () => {
  it.each([
    ['mon_morning', 'lundi matin'],
    ['wed_afternoon', 'mercredi après-midi'],
    ['fri_evening', 'vendredi soir'],
    ['sat_morning', 'samedi matin'],
    ['sun_evening', 'dimanche soir'],
  ] as const)('%s is "%s"', (slot, label) => {
    expect(slotLabel(slot)).toBe(label);
  });

  it('labels every slot with a French day and part', () => {
    for (const slot of WEEKLY_SLOTS)
      expect(slotLabel(slot)).toMatch(
        /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (matin|après-midi|soir)$/,
      );
  });
});

describe('describeSlots', () => {
  it('lists slots in week order whatever order they are given in', () => {
    const slots: WeeklySlot[] = ['sun_morning', 'sat_afternoon', 'mon_evening', 'mon_morning'];
    expect(describeSlots(slots)).toBe('lundi matin, lundi soir, samedi après-midi, dimanche matin');
  });

  it('lists a repeated slot once', () => {
    expect(describeSlots(['sat_morning', 'sat_morning'])).toBe('samedi matin');
  });

  it('is empty for no slot', () => {
    expect(describeSlots([])).toBe('');
  });

  it('ignores a code that is not a slot', () => {
    expect(describeSlots(['sat_night' as WeeklySlot, 'sat_morning'])).toBe('samedi matin');
  });
});
