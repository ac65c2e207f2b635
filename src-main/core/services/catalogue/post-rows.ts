import type { Knex } from 'knex';
import type { Post, PostFields } from '@shared/schemas/catalogue';
import type { LocalDate } from '@shared/domain/local-date';
import { decodeBool, decodeJsonArray, encodeJson } from '@core/repo/row-codec';
import { departementOf } from './departement';
import type { Row } from './opinion-rows';
import { registrationLabel } from './registration-rows';

/** Active placements on the post (alias po): what occupies its places. */
export const OCCUPIED_SQL =
  "(SELECT count(*) FROM placements pl WHERE pl.post_id = po.id AND pl.status = 'active' AND pl.deleted_at IS NULL)";

/** The columns a post card reads, for a query over `posts as po` joined to `hosts as h`. */
export function postSelect(knex: Knex, q: Knex.QueryBuilder): Knex.QueryBuilder {
  return q.select(
    'po.*',
    'h.name as host_name',
    'h.kind as host_kind',
    'h.habilitated as host_habilitated',
    'h.habilitation_valid_until as host_valid_until',
    knex.raw(`${OCCUPIED_SQL} AS occupied`),
  );
}

/** The post's editable columns from its validated fields (tutors are links, written apart). */
export function postColumns(fields: PostFields): Row {
  return {
    host_id: fields.hostId,
    title: fields.title,
    category: fields.category,
    description: fields.description,
    street: fields.street,
    postal_code: fields.postalCode,
    city: fields.city,
    departement: departementOf(fields.postalCode),
    latitude: fields.latitude,
    longitude: fields.longitude,
    schedule: encodeJson(fields.schedule),
    places: fields.places,
    open_to_minors: fields.openToMinors,
    night_work: fields.nightWork,
    particular_risks: fields.particularRisks,
    care_setting: fields.careSetting,
    driving_licence_required: fields.drivingLicenceRequired,
    physical_requirements: encodeJson(fields.physicalRequirements),
    pmr_accessible: fields.pmrAccessible,
    public_transport: fields.publicTransport,
    excluded_offences: encodeJson(fields.excludedOffences),
    useful_skills: encodeJson(fields.usefulSkills),
    collective: fields.collective,
    active: fields.active,
  };
}

/** Loads the tutors and registration requests of the posts, by chunks of ids, and builds their cards. */
export async function toPosts(knex: Knex, rows: readonly Row[], today: LocalDate): Promise<Post[]> {
  const tutors = new Map<string, { id: string; name: string }[]>();
  const registrations = new Map<string, Row[]>();
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.id as string);
    const links = await knex('post_tutors as pt')
      .join('tutors as t', 't.id', 'pt.tutor_id')
      .whereIn('pt.post_id', ids)
      .whereNull('t.deleted_at')
      .orderBy(['t.last_name', 't.first_name'])
      .select('pt.post_id', 't.id', 't.last_name', 't.first_name');
    for (const l of links)
      tutors.set(l.post_id, [...(tutors.get(l.post_id) ?? []), { id: l.id, name: `${l.first_name} ${l.last_name}` }]);
    for (const r of await knex('post_registrations').whereIn('post_id', ids).whereNull('deleted_at')) {
      registrations.set(r.post_id, [...(registrations.get(r.post_id) ?? []), r]);
    }
  }
  return rows.map((row) => toPost(row, tutors.get(row.id) ?? [], registrations.get(row.id) ?? [], today));
}

function toPost(row: Row, tutors: { id: string; name: string }[], registrations: Row[], today: LocalDate): Post {
  const occupied = Number(row.occupied ?? 0);
  const registered = decodeBool(row.registered);
  const validUntil: string | null = row.host_valid_until ?? null;
  return {
    id: row.id,
    hostId: row.host_id,
    hostName: row.host_name,
    hostType: row.host_kind,
    hostHabilitated: decodeBool(row.host_habilitated) && (validUntil === null || validUntil >= today),
    title: row.title,
    category: row.category,
    description: row.description ?? null,
    street: row.street ?? null,
    postalCode: row.postal_code ?? null,
    city: row.city ?? null,
    latitude: row.latitude ?? null,
    longitude: row.longitude ?? null,
    schedule: decodeJsonArray(row.schedule),
    places: Number(row.places),
    occupied,
    placesFree: Math.max(0, Number(row.places) - occupied),
    openToMinors: decodeBool(row.open_to_minors),
    nightWork: decodeBool(row.night_work),
    particularRisks: decodeBool(row.particular_risks),
    careSetting: decodeBool(row.care_setting),
    drivingLicenceRequired: decodeBool(row.driving_licence_required),
    physicalRequirements: decodeJsonArray(row.physical_requirements),
    pmrAccessible: decodeBool(row.pmr_accessible),
    publicTransport: decodeBool(row.public_transport),
    excludedOffences: decodeJsonArray(row.excluded_offences),
    usefulSkills: decodeJsonArray(row.useful_skills),
    collective: decodeBool(row.collective),
    active: decodeBool(row.active),
    registered,
    registrationLabel: registrationLabel(registrations, registered, today),
    tutors,
  };
}
