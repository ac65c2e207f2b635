/**
 * The offline gazetteer of communes: imported from a CSV (code_insee;nom;code_postal;latitude;longitude, ';' or ',',
 * UTF-8), searched accent- and case-insensitively by name prefix or by postal code.
 */
import type { Knex } from 'knex';
import { AppError } from '@shared/errors';
import type { GazetteerReport, GeocodeResult } from '@shared/schemas/geo';
import { foldForMatching } from '../repo/row-codec';
import { parseCsv } from '../services/cases/csv-parse';

const MAX_LISTED_ERRORS = 200;
const INSERT_CHUNK = 500;

const COLUMN_ALIASES = {
  insee: ['code insee', 'insee', 'code commune insee', 'codgeo', 'code commune', 'com'],
  name: ['nom', 'nom commune', 'commune', 'nom de la commune', 'libelle', 'libelle commune', 'libcom'],
  postalCode: ['code postal', 'cp', 'postal code', 'codepostal', 'postcode'],
  latitude: ['latitude', 'lat'],
  longitude: ['longitude', 'lon', 'lng', 'long'],
} as const;
type Column = keyof typeof COLUMN_ALIASES;
const COLUMN_LABELS: Record<Column, string> = {
  insee: 'code_insee',
  name: 'nom',
  postalCode: 'code_postal',
  latitude: 'latitude',
  longitude: 'longitude',
};

interface CommuneRow {
  insee_code: string;
  name: string;
  name_folded: string;
  postal_code: string;
  latitude: number;
  longitude: number;
}

function headerIndex(cells: string[]): { index: Record<Column, number>; missing: Column[] } {
  const folded = cells.map((cell) => foldForMatching(cell));
  const index = {} as Record<Column, number>;
  const missing: Column[] = [];
  for (const column of Object.keys(COLUMN_ALIASES) as Column[]) {
    const at = folded.findIndex((cell) => (COLUMN_ALIASES[column] as readonly string[]).includes(cell));
    if (at === -1) missing.push(column);
    else index[column] = at;
  }
  return { index, missing };
}

function coordinate(raw: string, min: number, max: number): number | null {
  const text = raw.trim();
  if (!/^[-+]?\d{1,3}(?:[.,]\d+)?$/.test(text)) return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) && value >= min && value <= max ? value : null;
}

/** Parses the file; rows with errors are reported with their line number and French reasons. */
export function parseGazetteer(content: string): {
  rows: CommuneRow[];
  errors: Array<{ line: number; reasons: string[] }>;
} {
  const records = parseCsv(content);
  const header = records[0];
  if (!header) {
    throw new AppError('VALIDATION', 'Le fichier est vide.', {
      fields: [{ path: 'content', message: 'Le fichier est vide.' }],
    });
  }
  const { index, missing } = headerIndex(header.cells);
  if (missing.length > 0) {
    const message = `En-tête attendu : code_insee;nom;code_postal;latitude;longitude (colonne(s) manquante(s) : ${missing.map((c) => COLUMN_LABELS[c]).join(', ')}).`;
    throw new AppError('VALIDATION', message, { fields: [{ path: 'content', message }] });
  }
  const rows: CommuneRow[] = [];
  const errors: Array<{ line: number; reasons: string[] }> = [];
  const seen = new Map<string, number>();
  for (const record of records.slice(1)) {
    const cell = (column: Column) => (record.cells[index[column]] ?? '').trim();
    const reasons: string[] = [];
    const insee = cell('insee').toUpperCase();
    const name = cell('name').replace(/\s+/g, ' ');
    const postalCode = cell('postalCode');
    const latitude = coordinate(cell('latitude'), -90, 90);
    const longitude = coordinate(cell('longitude'), -180, 180);
    if (!/^(?:\d{2}|2[AB])\d{3}$/.test(insee))
      reasons.push(`code INSEE invalide (« ${insee.slice(0, 12)} ») : 5 caractères attendus, p. ex. 33063 ou 2A004.`);
    if (name === '' || name.length > 120 || foldForMatching(name) === '')
      reasons.push('nom de commune manquant ou invalide.');
    if (!/^\d{5}$/.test(postalCode))
      reasons.push(`code postal invalide (« ${postalCode.slice(0, 12)} ») : 5 chiffres attendus.`);
    if (latitude === null)
      reasons.push(`latitude invalide (« ${cell('latitude').slice(0, 20)} ») : degrés décimaux entre -90 et 90.`);
    if (longitude === null)
      reasons.push(`longitude invalide (« ${cell('longitude').slice(0, 20)} ») : degrés décimaux entre -180 et 180.`);
    const key = `${insee}|${postalCode}`;
    if (reasons.length === 0 && seen.has(key))
      reasons.push(`commune et code postal déjà présents ligne ${seen.get(key)}.`);
    if (reasons.length > 0) {
      errors.push({ line: record.line, reasons });
      continue;
    }
    seen.set(key, record.line);
    rows.push({
      insee_code: insee,
      name,
      name_folded: foldForMatching(name),
      postal_code: postalCode,
      latitude: latitude!,
      longitude: longitude!,
    });
  }
  return { rows, errors };
}

/** Replaces the gazetteer with the valid rows of the file, in one transaction; a file with none changes nothing. */
export async function importGazetteer(knex: Knex, content: string): Promise<GazetteerReport> {
  const { rows, errors } = parseGazetteer(content);
  if (rows.length === 0) {
    const first = errors[0] ? ` Ligne ${errors[0].line} : ${errors[0].reasons.join(' ')}` : '';
    const message = `Aucune commune valide dans ce fichier : le répertoire n’a pas été modifié.${first}`;
    throw new AppError('VALIDATION', message, { fields: [{ path: 'content', message }] });
  }
  await knex.transaction(async (trx) => {
    await trx('gazetteer').delete();
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) await trx('gazetteer').insert(rows.slice(i, i + INSERT_CHUNK));
  });
  return { imported: rows.length, errors: errors.slice(0, MAX_LISTED_ERRORS), errorCount: errors.length };
}

export async function gazetteerSize(knex: Knex): Promise<number> {
  const row = (await knex('gazetteer').count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

/** "st" and "ste" are how people type Saint and Sainte. */
function foldQuery(text: string): string {
  return foldForMatching(text)
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint');
}

type Found = CommuneRow & { id: number };

function prefixRange(knex: Knex, column: 'name_folded' | 'postal_code', prefix: string, limit: number, exact: string) {
  // '~' sorts after every character of a folded name or a postal code: the range uses the column's index.
  return knex<Found>('gazetteer')
    .where(column, '>=', prefix)
    .andWhere(column, '<', `${prefix}~`)
    .orderByRaw(`(${column} = ?) DESC, length(name_folded), name_folded, postal_code`, [exact])
    .limit(limit);
}

function toResult(row: Found, score: number): GeocodeResult {
  return {
    label: `${row.name} (${row.postal_code})`,
    latitude: row.latitude,
    longitude: row.longitude,
    postalCode: row.postal_code,
    city: row.name,
    score: Math.round(score * 100) / 100,
    source: 'gazetteer',
  };
}

function nameScore(query: string, name: string): number {
  if (query === name) return 1;
  return Math.max(0.5, Math.min(0.95, query.length / name.length));
}

/**
 * Communes matching a query: a postal code (whole or its beginning), a name prefix, or an address whose postal code
 * or last words name a commune ("12 rue Sainte-Catherine, 33000 Bordeaux").
 */
export async function searchGazetteer(knex: Knex, query: string, limit: number): Promise<GeocodeResult[]> {
  const folded = foldQuery(query);
  if (folded === '') return [];
  const postal = /(?:^|\D)(\d{5})(?:\D|$)/.exec(query)?.[1];
  if (postal) {
    const rows = (await knex<Found>('gazetteer')
      .where('postal_code', postal)
      .orderBy('name_folded')
      .limit(200)) as Found[];
    const rest = ` ${folded.replace(postal, ' ').replace(/\s+/g, ' ').trim()} `;
    const named = rows.filter((row) => rest.includes(` ${row.name_folded} `));
    const chosen = named.length > 0 ? named : rows;
    return chosen.slice(0, limit).map((row) => toResult(row, named.length > 0 ? 1 : 0.8));
  }
  if (/^\d{2,4}$/.test(folded)) {
    const rows = (await prefixRange(knex, 'postal_code', folded, limit, folded)) as Found[];
    return rows.map((row) => toResult(row, 0.6));
  }
  // The whole query first, then each comma-separated part from the last, then its last words.
  const words = folded.split(' ');
  const attempts = [
    folded,
    ...query.split(',').reverse().map(foldQuery),
    ...[3, 2, 1].map((n) => words.slice(-n).join(' ')),
  ].filter((attempt, i, list) => attempt.length >= 2 && list.indexOf(attempt) === i);
  for (const attempt of attempts) {
    const rows = (await prefixRange(knex, 'name_folded', attempt, limit, attempt)) as Found[];
    if (rows.length > 0) {
      const penalty = attempt === folded ? 1 : 0.8;
      return rows.map((row) => toResult(row, nameScore(attempt, row.name_folded) * penalty));
    }
  }
  return [];
}
