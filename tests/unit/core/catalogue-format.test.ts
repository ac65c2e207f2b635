import { describe, expect, it } from 'vitest';
import { departementOf } from '@core/services/catalogue/departement';
import { csvDate, csvField, writeCsv } from '@core/services/catalogue/csv-write';

describe('département from a postal code', () => {
  it.each([
    ['33130', '33'],
    ['01000', '01'],
    ['75001', '75'],
    ['20000', '2A'],
    ['20199', '2A'],
    ['20200', '2B'],
    ['20600', '2B'],
    ['97110', '971'],
    ['97200', '972'],
    ['97400', '974'],
    ['97600', '976'],
    ['98800', '988'],
  ])('%s → %s', (code, departement) => expect(departementOf(code)).toBe(departement));

  it('has none without a 5-digit code', () => {
    expect(departementOf(null)).toBeNull();
    expect(departementOf('3313')).toBeNull();
  });
});

describe('French spreadsheet CSV', () => {
  it('quotes only what needs it and writes booleans and dates the French way', () => {
    expect(csvField('Bègles')).toBe('Bègles');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('dit "le chef"')).toBe('"dit ""le chef"""');
    expect(csvField('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvField(true)).toBe('oui');
    expect(csvField(false)).toBe('non');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
    expect(csvDate('2026-11-24')).toBe('24/11/2026');
    expect(csvDate(null)).toBe('');
  });

  it('starts with a BOM and ends each line with CRLF', () => {
    expect(writeCsv(['Nom', 'Actif'], [['Mairie', true]])).toBe('\uFEFFNom;Actif\r\nMairie;oui\r\n');
  });
});
