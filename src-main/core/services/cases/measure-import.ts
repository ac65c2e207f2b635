import { createHash } from 'node:crypto';
import { AppError } from '@shared/errors';
import type { ImportReport, ImportRow } from '@shared/schemas/measure-import';
import { measureInputSchema, type MeasureFields } from '@shared/schemas/measures';
import { personInputSchema, type PersonFields } from '@shared/schemas/persons';
import { ageProblem } from '@shared/domain/minors';
import {
  MEASURE_TYPE_LABELS,
  OFFENCE_CATEGORIES,
  OFFENCE_CATEGORY_LABELS,
  type MeasureType,
  type OffenceCategory,
} from '@shared/domain/measure-types';
import { isValidLocalDate } from '@shared/domain/local-date';
import { ENFORCEABLE_SOURCE_LABELS, type EnforceableSource } from '@shared/domain/enforceable';
import { foldForMatching, identityKey } from '@core/repo/row-codec';
import { parseFrenchOrIsoDate } from '@core/repo/persons-repo';
import type { CaseContext } from './case-context';
import { parseCsv } from './csv-parse';
import { MeasuresService } from './measures-service';

/** The columns a list must have (header names, accents and case ignored) and what they mean. */
export const IMPORT_COLUMNS = {
  nom: 'nom',
  prenom: 'prénom',
  date_naissance: 'date de naissance',
  lieu_naissance: 'lieu de naissance',
  juridiction: 'juridiction',
  date_decision: 'date de la décision',
  type_mesure: 'type de mesure',
  heures: 'heures ordonnées',
  date_limite: 'délai d’exécution',
  magistrat: 'magistrat',
  infraction: 'infraction',
  numero_parquet: 'numéro de parquet',
  date_faits: 'date des faits',
  caractere_executoire: 'caractère exécutoire',
  date_executoire: 'date exécutoire',
} as const;
type Column = keyof typeof IMPORT_COLUMNS;
const REQUIRED: Column[] = [
  'nom',
  'prenom',
  'date_naissance',
  'juridiction',
  'date_decision',
  'type_mesure',
  'heures',
  'date_limite',
];
const MAX_ROWS = 5000;

const ALIASES: Record<string, Column> = {
  prenoms: 'prenom',
  ne_le: 'date_naissance',
  date_de_naissance: 'date_naissance',
  lieu_de_naissance: 'lieu_naissance',
  tribunal: 'juridiction',
  date_de_decision: 'date_decision',
  date_de_la_decision: 'date_decision',
  type: 'type_mesure',
  mesure: 'type_mesure',
  heures_ordonnees: 'heures',
  nombre_heures: 'heures',
  delai: 'date_limite',
  delai_execution: 'date_limite',
  delai_d_execution: 'date_limite',
  categorie_infraction: 'infraction',
  numero_de_parquet: 'numero_parquet',
  parquet: 'numero_parquet',
  date_des_faits: 'date_faits',
  executoire: 'caractere_executoire',
  source_executoire: 'caractere_executoire',
  date_executoire_le: 'date_executoire',
  executoire_le: 'date_executoire',
  date_signification: 'date_executoire',
  date_de_signification: 'date_executoire',
};

const PATH_TO_COLUMN: Record<string, Column> = {
  lastName: 'nom',
  firstName: 'prenom',
  birthDate: 'date_naissance',
  birthPlace: 'lieu_naissance',
  court: 'juridiction',
  decisionDate: 'date_decision',
  type: 'type_mesure',
  hoursOrdered: 'heures',
  deadline: 'date_limite',
  magistrate: 'magistrat',
  offenceCategory: 'infraction',
  courtReference: 'numero_parquet',
  offenceDate: 'date_faits',
  enforceableSource: 'caractere_executoire',
  enforceableDate: 'date_executoire',
};

function headerKey(name: string): Column | null {
  const key = foldForMatching(name).replace(/ /g, '_');
  if (key in IMPORT_COLUMNS) return key as Column;
  return ALIASES[key] ?? null;
}

function parseType(value: string): MeasureType | null {
  const v = foldForMatching(value);
  if (!v) return null;
  if (v.includes('mineur')) return 'tig_mineur';
  if (v.includes('sursis')) return 'sursis_tig';
  if (v.includes('tnr') || v.includes('composition')) return 'tnr';
  if (v === 'tig' || v.startsWith('tig ') || v.includes('peine principale')) return 'tig';
  return null;
}

/** « contradictoire », « signification » (or « défaut », served), « appel »; empty: a contradictory judgment. */
function parseEnforceable(value: string): EnforceableSource | null {
  const v = foldForMatching(value);
  if (!v || v.includes('contradictoire')) return 'contradictoire';
  if (v.includes('signif') || v.includes('defaut')) return 'signification';
  if (v.includes('appel')) return 'appel';
  return null;
}

function parseOffence(value: string): OffenceCategory | null {
  const v = foldForMatching(value);
  if (!v) return 'autre';
  for (const code of OFFENCE_CATEGORIES) {
    if (
      v === foldForMatching(code) ||
      ` ${foldForMatching(OFFENCE_CATEGORY_LABELS[code])} `.includes(` ${v} `) ||
      foldForMatching(OFFENCE_CATEGORY_LABELS[code]).startsWith(v)
    )
      return code;
  }
  return null;
}

function parseDate(value: string): string | null | 'invalid' {
  if (!value.trim()) return null;
  const parsed = parseFrenchOrIsoDate(value);
  return parsed && isValidLocalDate(parsed) ? parsed : 'invalid';
}

interface ParsedRow {
  row: ImportRow;
  person?: PersonFields;
  measure?: MeasureFields;
  importKey?: string;
}

/** Reads and checks every row; nothing is written. Valid rows already imported (same person and decision) are duplicates. */
export async function analyseImport(ctx: CaseContext, content: string): Promise<ParsedRow[]> {
  const rows = parseCsv(content);
  const header = rows.shift();
  if (!header)
    throw new AppError('VALIDATION', 'Le fichier est vide.', {
      fields: [{ path: 'content', message: 'Fichier vide.' }],
    });
  const columns = header.cells.map(headerKey);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    const message = `Colonnes manquantes : ${missing.map((c) => IMPORT_COLUMNS[c]).join(', ')}. Colonnes attendues : ${Object.keys(IMPORT_COLUMNS).join(';')}.`;
    throw new AppError('VALIDATION', message, { fields: [{ path: 'content', message }] });
  }
  if (rows.length > MAX_ROWS)
    throw new AppError('VALIDATION', `Au plus ${MAX_ROWS} lignes par fichier.`, {
      fields: [{ path: 'content', message: 'Trop de lignes.' }],
    });
  const knex = ctx.session.db.knex;
  const seenKeys = new Set<string>();
  const results: ParsedRow[] = [];
  for (const { line, cells } of rows) {
    const get = (column: Column) => (columns.includes(column) ? (cells[columns.indexOf(column)] ?? '').trim() : '');
    const reasons: string[] = [];
    const personName = `${get('nom').toUpperCase()} ${get('prenom')}`.trim() || null;
    const type = parseType(get('type_mesure'));
    if (!type)
      reasons.push(
        `type de mesure : « ${get('type_mesure')} » inconnu (attendu : ${Object.values(MEASURE_TYPE_LABELS).join(', ')}).`,
      );
    const offence = parseOffence(get('infraction'));
    if (!offence) reasons.push(`infraction : « ${get('infraction')} » inconnue.`);
    const dates: Partial<Record<Column, string | null>> = {};
    const enforceableSource = parseEnforceable(get('caractere_executoire'));
    if (!enforceableSource)
      reasons.push(
        `${IMPORT_COLUMNS.caractere_executoire} : « ${get('caractere_executoire')} » inconnu (attendu : ${Object.values(ENFORCEABLE_SOURCE_LABELS).join(', ')}).`,
      );
    for (const column of ['date_naissance', 'date_decision', 'date_limite', 'date_faits', 'date_executoire'] as const) {
      const parsed = parseDate(get(column));
      if (parsed === 'invalid')
        reasons.push(`${IMPORT_COLUMNS[column]} : « ${get(column)} » n’est pas une date (JJ/MM/AAAA).`);
      else dates[column] = parsed;
    }
    const hoursText = get('heures');
    const hours = /^\d+$/.test(hoursText) ? Number(hoursText) : NaN;
    if (Number.isNaN(hours)) reasons.push(`heures ordonnées : « ${hoursText} » n’est pas un nombre entier.`);
    const person = personInputSchema.safeParse({
      lastName: get('nom'),
      firstName: get('prenom'),
      birthDate: dates.date_naissance ?? '',
      birthPlace: get('lieu_naissance') || null,
    });
    const measure = measureInputSchema.safeParse({
      type: type ?? 'tig',
      court: get('juridiction'),
      decisionDate: dates.date_decision ?? '',
      enforceableSource: enforceableSource ?? 'contradictoire',
      enforceableDate: dates.date_executoire ?? null,
      offenceDate: dates.date_faits ?? null,
      hoursOrdered: Number.isNaN(hours) ? 0 : hours,
      deadline: dates.date_limite ?? '',
      magistrate: get('magistrat') || null,
      offenceCategory: offence ?? 'autre',
      courtReference: get('numero_parquet') || null,
    });
    const alreadyReported = new Set(reasons.map((r) => r.split(' : ')[0]));
    for (const result of [person, measure]) {
      if (result.success) continue;
      for (const issue of result.error.issues) {
        const column = PATH_TO_COLUMN[String(issue.path[0])];
        const label = column ? IMPORT_COLUMNS[column] : String(issue.path[0]);
        if (!alreadyReported.has(label)) reasons.push(`${label} : ${issue.message}`);
      }
    }
    if (person.success && measure.success && reasons.length === 0) {
      const age = ageProblem(
        measure.data.type,
        person.data.birthDate,
        measure.data.decisionDate,
        measure.data.offenceDate,
      );
      if (age) reasons.push(`${IMPORT_COLUMNS[PATH_TO_COLUMN[age.field]!]} : ${age.message}`);
    }
    if (reasons.length > 0 || !person.success || !measure.success) {
      results.push({ row: { line, status: 'error', reasons, personName, summary: null } });
      continue;
    }
    const key = importKeyOf(person.data, measure.data);
    const summary = `${MEASURE_TYPE_LABELS[measure.data.type]}, ${measure.data.hoursOrdered} h — ${measure.data.court}, décision du ${measure.data.decisionDate.split('-').reverse().join('/')}`;
    const duplicate = seenKeys.has(key) || Boolean(await knex('measures').where({ import_key: key }).first());
    seenKeys.add(key);
    results.push({
      row: {
        line,
        status: duplicate ? 'duplicate' : 'ok',
        reasons: duplicate ? ['Déjà importée (même personne, même décision).'] : [],
        personName,
        summary,
      },
      person: person.data,
      measure: measure.data,
      importKey: key,
    });
  }
  return results;
}

function importKeyOf(person: PersonFields, measure: MeasureFields): string {
  const parts = [
    identityKey(person.lastName, person.firstName, person.birthDate),
    foldForMatching(measure.court),
    measure.decisionDate,
    measure.type,
    String(measure.hoursOrdered),
    foldForMatching(measure.courtReference ?? ''),
  ];
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

function report(parsed: ParsedRow[], imported: number): ImportReport {
  const rows = parsed.map((p) => p.row);
  const count = (status: ImportRow['status']) => rows.filter((r) => r.status === status).length;
  return { rows, counts: { ok: count('ok'), error: count('error'), duplicate: count('duplicate') }, imported };
}

export async function previewImport(ctx: CaseContext, content: string): Promise<ImportReport> {
  return report(await analyseImport(ctx, content), 0);
}

/** Imports the valid rows; a person already known (same names and birth date) gets the new measure. */
export async function commitImport(ctx: CaseContext, content: string): Promise<ImportReport> {
  const parsed = await analyseImport(ctx, content);
  const service = new MeasuresService(ctx);
  let imported = 0;
  for (const item of parsed) {
    if (item.row.status !== 'ok') continue;
    try {
      const existing = await ctx.persons.findByIdentity(
        identityKey(item.person!.lastName, item.person!.firstName, item.person!.birthDate),
      );
      await service.register(
        existing ? { personId: existing.id, measure: item.measure! } : { person: item.person!, measure: item.measure! },
        item.importKey!,
      );
      imported += 1;
    } catch (error) {
      // Each row is its own transaction: one refused row is reported and the others stand.
      item.row = {
        ...item.row,
        status: 'error',
        reasons: [error instanceof AppError ? error.message : 'Erreur interne : ligne non importée.'],
      };
    }
  }
  return report(parsed, imported);
}
