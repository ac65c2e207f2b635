import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { Person, PersonFields, PersonSummary } from '@shared/schemas/persons';
import { EntityStore } from './entity-store';
import { decodeBool, decodeJsonArray, encodeJson, identityKey } from './row-codec';

const DOSSIER_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "D26-7K3M9Q": year of registration and 6 random characters, made on the device without any counter to sync. */
export function newDossierNumber(year: number): string {
  const bytes = randomBytes(6);
  let suffix = '';
  for (const byte of bytes) suffix += DOSSIER_ALPHABET[byte & 31];
  return `D${String(year % 100).padStart(2, '0')}-${suffix}`;
}

export function toColumns(fields: PersonFields): Record<string, unknown> {
  return {
    last_name: fields.lastName,
    first_name: fields.firstName,
    birth_date: fields.birthDate,
    birth_place: fields.birthPlace,
    phone: fields.phone,
    email: fields.email,
    street: fields.street,
    postal_code: fields.postalCode,
    city: fields.city,
    latitude: fields.latitude,
    longitude: fields.longitude,
    situation: fields.situation,
    availability: encodeJson(fields.availability),
    driving_licence: fields.drivingLicence,
    languages: encodeJson(fields.languages),
    skills: encodeJson(fields.skills),
    health_restrictions: fields.healthRestrictions,
    disabled_worker: fields.disabledWorker,
    pregnant: fields.pregnant,
    lawyer: fields.lawyer,
    notes: fields.notes,
    identity_key: identityKey(fields.lastName, fields.firstName, fields.birthDate),
    preferred_categories: fields.preferredCategories === undefined ? undefined : encodeJson(fields.preferredCategories),
    physical_limits: fields.physicalLimits === undefined ? undefined : encodeJson(fields.physicalLimits),
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function toPerson(row: any): Person {
  return {
    id: row.id,
    dossierNumber: row.dossier_number,
    lastName: row.last_name,
    firstName: row.first_name,
    birthDate: row.birth_date,
    birthPlace: row.birth_place,
    phone: row.phone,
    email: row.email,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    latitude: row.latitude,
    longitude: row.longitude,
    situation: row.situation,
    availability: decodeJsonArray(row.availability),
    drivingLicence: decodeBool(row.driving_licence),
    languages: decodeJsonArray(row.languages),
    skills: decodeJsonArray(row.skills),
    healthRestrictions: row.health_restrictions,
    disabledWorker: decodeBool(row.disabled_worker),
    pregnant: decodeBool(row.pregnant),
    lawyer: row.lawyer,
    notes: row.notes,
    preferredCategories: decodeJsonArray(row.preferred_categories),
    physicalLimits: decodeJsonArray(row.physical_limits),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const ACTIVE_MEASURES_SQL =
  "(SELECT count(*) FROM measures m WHERE m.person_id = persons.id AND m.deleted_at IS NULL AND m.status IN ('a_affecter','affecte','en_cours','suspendu'))";

export class PersonsRepo {
  private readonly store: EntityStore;

  constructor(
    private readonly knex: Knex,
    deviceId: string,
  ) {
    this.store = new EntityStore(deviceId, 'person', 'persons');
  }

  async insert(trx: Knex.Transaction, id: string, fields: PersonFields, at: string): Promise<void> {
    const year = Number(at.slice(0, 4));
    let dossierNumber = newDossierNumber(year);
    while (await trx('persons').where({ dossier_number: dossierNumber }).first())
      dossierNumber = newDossierNumber(year);
    const columns = Object.fromEntries(Object.entries(toColumns(fields)).filter(([, value]) => value !== undefined));
    await this.store.insert(trx, { id, dossier_number: dossierNumber, ...columns, created_at: at }, at);
  }

  async update(trx: Knex.Transaction, id: string, fields: PersonFields, at: string): Promise<boolean> {
    return this.store.update(trx, id, toColumns(fields), at);
  }

  async get(id: string, db: Knex | Knex.Transaction = this.knex): Promise<Person | null> {
    const row = await db('persons').where({ id }).whereNull('deleted_at').first();
    return row ? toPerson(row) : null;
  }

  async findByIdentity(key: string, db: Knex | Knex.Transaction = this.knex): Promise<Person | null> {
    const row = await db('persons').where({ identity_key: key }).whereNull('deleted_at').first();
    return row ? toPerson(row) : null;
  }

  async summary(id: string): Promise<PersonSummary | null> {
    const row = await this.knex('persons')
      .select('*', this.knex.raw(`${ACTIVE_MEASURES_SQL} AS active_measures`))
      .where({ id })
      .first();
    return row ? toSummary(row) : null;
  }

  /** Full-text search on names (accents and case ignored, prefixes), dossier and court numbers, or a birth date. */
  async search(query: string, limit: number): Promise<PersonSummary[]> {
    const base = () =>
      this.knex('persons')
        .select('persons.*', this.knex.raw(`${ACTIVE_MEASURES_SQL} AS active_measures`))
        .whereNull('persons.deleted_at');
    const birthDate = parseFrenchOrIsoDate(query);
    if (birthDate) {
      const rows = await base().where('birth_date', birthDate).orderBy(['last_name', 'first_name']).limit(limit);
      return rows.map(toSummary);
    }
    const upper = query.toUpperCase().replace(/\s+/g, '');
    if (/^D\d{2}-[0-9A-Z]{1,6}$/.test(upper)) {
      const rows = await base().where('dossier_number', 'like', `${upper}%`).orderBy('dossier_number').limit(limit);
      return rows.map(toSummary);
    }
    const byReference = await base()
      .whereIn('persons.id', this.knex('measures').select('person_id').where('court_reference', query.trim()))
      .limit(limit);
    const match = ftsQuery(query);
    if (!match) return byReference.map(toSummary);
    // Ranked ids first from the index alone; the active-measure counts are then computed for those rows only.
    const ids = (await this.knex('persons_fts')
      .whereRaw('persons_fts MATCH ?', [match])
      .orderByRaw('rank')
      .limit(limit)
      .pluck('person_id')) as string[];
    const rows = ids.length === 0 ? [] : await base().whereIn('persons.id', ids);
    const byId = new Map(rows.map((row) => [row.id as string, row]));
    const ranked = ids.map((id) => byId.get(id)).filter((row) => row !== undefined);
    const seen = new Set<string>();
    return [...byReference, ...ranked]
      .filter((row) => !seen.has(row.id) && seen.add(row.id))
      .slice(0, limit)
      .map(toSummary);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function toSummary(row: any): PersonSummary {
  return {
    id: row.id,
    dossierNumber: row.dossier_number,
    lastName: row.last_name,
    firstName: row.first_name,
    birthDate: row.birth_date,
    city: row.city,
    activeMeasures: Number(row.active_measures ?? 0),
  };
}

/** Each word becomes a prefix term ("lef mar" finds "Lefèvre Marie"); FTS syntax characters are dropped. */
export function ftsQuery(query: string): string | null {
  // Only runs of letters and digits reach MATCH, each quoted: no FTS5 syntax (quotes, operators, NUL) gets through.
  const words = (query.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

/** "12/03/1990", "12-03-1990" or "1990-03-12" → "1990-03-12"; anything else → null. */
export function parseFrenchOrIsoDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) return trimmed;
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!french) return null;
  return `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}`;
}
