import type { Knex } from 'knex';
import { AppError } from '@shared/errors';
import type { MapFilters, SuggestResult } from '@shared/schemas/map';
import { rankPosts, type MatchPerson, type MatchPost } from '@shared/domain/catalogue/matching';
import { isMinorOn } from '@shared/domain/minors';
import { TERMINAL_STATUSES } from '@shared/domain/measure-status';
import { decodeBool, decodeJsonArray } from '@core/repo/row-codec';
import { OCCUPIED_SQL, placeablePosts, SUMMARY_COLUMNS, toSummary } from './post-query';

/** First search radius around the person's home; widened once when it yields too few eligible posts. */
const FIRST_RADIUS_KM = 30;
const WIDE_RADIUS_KM = 120;

export interface SuggestRequest {
  measureId: string;
  limit: number;
  maxDistanceKm: number | null;
  filters: Omit<MapFilters, 'near'>;
  includeExcluded: boolean;
}

/**
 * Ranked posts for a measure (DESIGN §3.3): the hard rules exclude, the score orders, and every rank and every
 * exclusion carries its reasons. Candidates come from the R*Tree around the person's home, so the cost does not grow
 * with the national catalogue.
 */
export async function suggestPosts(knex: Knex, today: string, request: SuggestRequest): Promise<SuggestResult> {
  const measure = await knex('measures').where({ id: request.measureId }).whereNull('deleted_at').first();
  if (!measure) throw new AppError('NOT_FOUND', 'Cette mesure n’existe pas (ou plus).');
  if (TERMINAL_STATUSES.includes(measure.status))
    throw new AppError('CONFLICT', 'La mesure est close : aucune affectation n’est possible.');
  const person = await knex('persons').where({ id: measure.person_id }).first();
  const located = person.latitude !== null && person.longitude !== null;
  const origin = located
    ? {
        latitude: person.latitude as number,
        longitude: person.longitude as number,
        label:
          [person.street, [person.postal_code, person.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') ||
          'Domicile',
      }
    : null;
  if (!origin && !person.postal_code) {
    throw new AppError(
      'CONFLICT',
      'Renseignez l’adresse de la personne (ou placez son domicile sur la carte) pour chercher les postes proches.',
    );
  }
  const matchPerson: MatchPerson = {
    latitude: origin?.latitude ?? null,
    longitude: origin?.longitude ?? null,
    availability: decodeJsonArray(person.availability),
    drivingLicence: decodeBool(person.driving_licence),
    skills: decodeJsonArray(person.skills),
    preferredCategories: decodeJsonArray(person.preferred_categories),
    physicalLimits: decodeJsonArray(person.physical_limits),
    // By age, not by measure type: a TIG mineur whose person has come of age may go on an adult post (CP 131-23).
    minor: isMinorOn(person.birth_date, today),
    disabledWorker: decodeBool(person.disabled_worker),
    offenceCategory: measure.offence_category,
  };

  const load = async (radiusKm: number) => {
    const filters: MapFilters = { ...request.filters };
    if (origin) filters.near = { latitude: origin.latitude, longitude: origin.longitude, radiusKm };
    let query = placeablePosts(knex, today, filters, undefined, { includeUnplaceable: request.includeExcluded });
    // Without a home position, stay in the person's département (postal code prefix).
    if (!origin && person.postal_code) {
      const code = String(person.postal_code);
      query = query.where('p.postal_code', 'like', `${code.slice(0, code.startsWith('97') ? 3 : 2)}%`);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const rows: any[] = await query
      .select(
        ...SUMMARY_COLUMNS,
        'p.driving_licence_required',
        'p.physical_requirements',
        'p.excluded_offences',
        'p.useful_skills',
        'p.active',
        'p.registered',
        'h.habilitated',
        'h.habilitation_valid_until',
        knex.raw(`${OCCUPIED_SQL} AS occupied`),
      )
      .limit(20_000);
    return rows;
  };
  const radius = request.maxDistanceKm ?? FIRST_RADIUS_KM;
  let rows = await load(radius);
  let ranked = rankPosts(matchPerson, rows.map(toMatchPost(today)), request.limit, request.maxDistanceKm);
  if (origin && request.maxDistanceKm === null && ranked.eligibleCount < request.limit) {
    rows = await load(WIDE_RADIUS_KM);
    ranked = rankPosts(matchPerson, rows.map(toMatchPost(today)), request.limit, null);
  }
  const byId = new Map(rows.map((row) => [row.id as string, row]));
  return {
    origin,
    suggestions: ranked.suggestions.map((s) => ({
      post: toSummary(byId.get(s.post.id), origin),
      score: s.score,
      reasons: s.reasons,
    })),
    eligibleCount: ranked.eligibleCount,
    excluded: request.includeExcluded
      ? ranked.excluded
          .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity))
          .slice(0, 50)
          .map((e) => ({ post: toSummary(byId.get(e.post.id), origin), reasons: e.reasons }))
      : [],
  };
}

function toMatchPost(today: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (row: any): MatchPost => ({
    id: row.id,
    latitude: row.latitude ?? null,
    longitude: row.longitude ?? null,
    category: row.category,
    schedule: decodeJsonArray(row.schedule),
    openToMinors: decodeBool(row.open_to_minors),
    drivingLicenceRequired: decodeBool(row.driving_licence_required),
    physicalRequirements: decodeJsonArray(row.physical_requirements),
    excludedOffences: decodeJsonArray(row.excluded_offences),
    usefulSkills: decodeJsonArray(row.useful_skills),
    pmrAccessible: decodeBool(row.pmr_accessible),
    publicTransport: decodeBool(row.public_transport),
    active: decodeBool(row.active),
    registered: decodeBool(row.registered),
    hostHabilitated:
      decodeBool(row.habilitated) && (row.habilitation_valid_until === null || row.habilitation_valid_until >= today),
    placesFree: Math.max(0, Number(row.places) - Number(row.occupied ?? 0)),
  });
}
