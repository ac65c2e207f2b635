import { describe, expect, it } from 'vitest';
import { luhnValid, normalizeSiret, siretProblem } from '@shared/domain/catalogue/siret';

const LENGTH = 'Le SIRET compte 14 chiffres.';
const CHECKSUM = 'SIRET invalide : vérifiez les chiffres (clé de contrôle).';
const digitSum = (s: string) => [...s].reduce((t, d) => t + Number(d), 0);

describe('siretProblem: valid numbers', () => {
  it.each([
    ['73282932000074', 'the usual example (Luhn)'],
    ['35600000000048', 'La Poste head office, which follows Luhn'],
    ['35600000000001', 'La Poste establishment, digit sum 15'],
    ['35600000049837', 'La Poste establishment, digit sum 45'],
    ['35600000000010', 'La Poste establishment, digit sum 15'],
  ])('%s is accepted (%s)', (siret) => {
    expect(siretProblem(siret)).toBeNull();
  });

  it.each([
    ['732 829 320 00074'],
    [' 73282932000074 '],
    ['7328 2932 0000 74'],
    ['732\u00a0829\u00a0320\u00a000074'],
    ['732\t829\t320\t00074'],
  ])('ignores spaces: "%s"', (siret) => {
    expect(siretProblem(siret)).toBeNull();
  });
});

describe('siretProblem: refused numbers', () => {
  it.each([
    ['73282932000075', 'last digit changed'],
    ['73282932000047', 'two adjacent digits swapped'],
    ['73282932000004', 'one digit dropped to zero'],
    ['00000000000001', 'all zeros but one'],
  ])('%s fails the Luhn key (%s)', (siret) => {
    expect(siretProblem(siret)).toBe(CHECKSUM);
  });

  it('refuses a La Poste establishment whose digits do not sum to a multiple of 5, even if Luhn-valid', () => {
    expect(luhnValid('35600000000014')).toBe(true);
    expect(digitSum('35600000000014') % 5).not.toBe(0);
    expect(siretProblem('35600000000014')).toBe(CHECKSUM);
    expect(siretProblem('35600000000019')).toBe(CHECKSUM);
  });

  it('applies the La Poste rule only to the SIREN 356000000', () => {
    // Digit sum 15 but Luhn-invalid: fine for La Poste, refused for anyone else.
    expect(siretProblem('35600000000001')).toBeNull();
    expect(siretProblem('35600000100000')).toBe(CHECKSUM);
  });

  it('refuses a SIRET whose SIREN (first 9 digits) fails its own key, although the 14 digits pass Luhn', () => {
    expect(luhnValid('73282932100007')).toBe(true);
    expect(luhnValid('732829321')).toBe(false);
    expect(siretProblem('73282932100007')).toBe(CHECKSUM);
  });

  it.each([
    ['', 'empty'],
    ['7328293200007', '13 digits'],
    ['732829320000740', '15 digits'],
    ['7328293200007A', 'a letter'],
    ['A3282932000074', 'a letter first'],
    ['73282932O00074', 'letter O for zero'],
    ['732-829-320-00074', 'dashes'],
    ['732.829.320.00074', 'dots'],
    ['73282932000074.', 'trailing dot'],
    ['７３２８２９３２０００７４', 'full-width digits'],
    ['   ', 'only spaces'],
  ])('"%s" has not 14 digits (%s)', (siret) => {
    expect(siretProblem(siret)).toBe(LENGTH);
  });
});

describe('luhnValid', () => {
  it.each([
    ['0', true],
    ['18', true],
    ['79927398713', true],
    ['79927398710', false],
    ['732829320', true],
    ['356000000', true],
    ['73282932000074', true],
    ['73282932000075', false],
  ])('%s → %s', (digits, valid) => {
    expect(luhnValid(digits)).toBe(valid);
  });
});

describe('normalizeSiret', () => {
  it('removes every kind of space and nothing else', () => {
    expect(normalizeSiret(' 732 829\u00a0320\t00074 ')).toBe('73282932000074');
    expect(normalizeSiret('732-829')).toBe('732-829');
    expect(normalizeSiret('')).toBe('');
  });
});
