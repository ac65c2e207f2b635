import type { Knex } from 'knex';
import type { Host, HostFields } from '@shared/schemas/catalogue';
import { isHabilitatedByRight, type HostType } from '@shared/domain/catalogue/host-types';
import type { LocalDate } from '@shared/domain/local-date';
import { decodeBool } from '@core/repo/row-codec';
import { departementOf } from './departement';
import { habilitationLabel } from './habilitation-rows';
import type { Row } from './opinion-rows';

/** The host's editable columns from its validated fields. */
export function hostColumns(fields: HostFields): Row {
  return {
    name: fields.name,
    kind: fields.type,
    siret: fields.siret,
    street: fields.street,
    postal_code: fields.postalCode,
    city: fields.city,
    departement: departementOf(fields.postalCode),
    latitude: fields.latitude,
    longitude: fields.longitude,
    national_partnership: fields.nationalPartnership,
    contact_name: fields.contactName,
    contact_phone: fields.contactPhone,
    contact_email: fields.contactEmail,
    notes: fields.notes,
  };
}

/** Loads what the host cards need beyond their row (habilitations, counts of posts), by chunks of ids. */
export async function toHosts(knex: Knex, rows: readonly Row[], today: LocalDate): Promise<Host[]> {
  const habilitations = new Map<string, Row[]>();
  const postCounts = new Map<string, number>();
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.id as string);
    for (const h of await knex('habilitations').whereIn('host_id', ids).whereNull('deleted_at')) {
      habilitations.set(h.host_id, [...(habilitations.get(h.host_id) ?? []), h]);
    }
    const counts: Row[] = await knex('posts')
      .whereIn('host_id', ids)
      .whereNull('deleted_at')
      .groupBy('host_id')
      .select('host_id')
      .count({ n: '*' });
    for (const c of counts) postCounts.set(String(c.host_id), Number(c.n));
  }
  return rows.map((row) => toHost(row, habilitations.get(row.id) ?? [], postCounts.get(row.id) ?? 0, today));
}

export function toHost(row: Row, habilitations: readonly Row[], postsCount: number, today: LocalDate): Host {
  const type = row.kind as HostType;
  const validUntil: string | null = row.habilitation_valid_until ?? null;
  return {
    id: row.id,
    name: row.name,
    type,
    siret: row.siret ?? null,
    street: row.street ?? null,
    postalCode: row.postal_code ?? null,
    city: row.city ?? null,
    departement: row.departement ?? null,
    latitude: row.latitude ?? null,
    longitude: row.longitude ?? null,
    nationalPartnership: row.national_partnership ?? null,
    contactName: row.contact_name ?? null,
    contactPhone: row.contact_phone ?? null,
    contactEmail: row.contact_email ?? null,
    notes: row.notes ?? null,
    habilitatedByRight: isHabilitatedByRight(type),
    habilitated: decodeBool(row.habilitated) && (validUntil === null || validUntil >= today),
    habilitationLabel: habilitationLabel(type, habilitations, today),
    postsCount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
