import { describe, expect, it } from 'vitest';
import { formatMinutes } from '@shared/domain/duration';

describe('formatMinutes', () => {
  it.each([
    [0, '0 min'],
    [1, '1 min'],
    [45, '45 min'],
    [59, '59 min'],
    [60, '1 h'],
    [61, '1 h 01'],
    [65, '1 h 05'],
    [90, '1 h 30'],
    [119, '1 h 59'],
    [120, '2 h'],
    [1530, '25 h 30'],
    [24_000, '400 h'],
    [-30, '-30 min'],
    [-60, '-1 h'],
    [-90, '-1 h 30'],
  ])('%i minutes is "%s"', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});
