import { AppError } from '@shared/errors';
import { HOST_TYPE_LABELS, type HostType } from '@shared/domain/catalogue/host-types';
import { POST_CATEGORY_LABELS, type PostCategory } from '@shared/domain/catalogue/post-categories';
import {
  HABILITATION_OPINION_DELAY,
  REGISTRATION_OPINION_DELAY,
  opinionState,
  type DeemedDelay,
  type OpinionValue,
} from '@shared/domain/catalogue/opinions';
import { OPINION_GIVER_LABELS } from '@shared/schemas/catalogue';
import { describeSlots, type WeeklySlot } from '@shared/domain/weekly-slots';
import { OFFENCE_CATEGORY_LABELS, type OffenceCategory } from '@shared/domain/measure-types';
import type { CaseContext } from '../services/cases/case-context';
import { opinionOf, type Row } from '../services/catalogue/opinion-rows';
import { decodeBool, decodeJsonArray } from '../repo/row-codec';

/** What the catalogue documents print (plain JSON, archived with the document). */
export interface HostData {
  id: string;
  name: string;
  typeLabel: string;
  siret: string | null;
  address: string | null;
}

/** One opinion as it stood on the day of the decision. */
export interface OpinionData {
  giver: 'procureur' | 'jap' | 'prefet';
  giverLabel: string;
  state: 'received' | 'deemed' | 'pending' | 'not_requested';
  opinion: OpinionValue | null;
  requestedOn: string | null;
  /** Received on, or deemed given on. */
  on: string | null;
}

export interface HabilitationDecisionData {
  host: HostData;
  habilitation: {
    id: string;
    kind: 'initiale' | 'renouvellement';
    requestedOn: string;
    fileNote: string | null;
    decision: 'accordee' | 'refusee';
    decidedOn: string;
    validUntil: string | null;
  };
  opinions: OpinionData[];
  issuedOn: string;
}

export interface RegistrationDecisionData {
  host: HostData;
  post: {
    id: string;
    title: string;
    categoryLabel: string;
    address: string | null;
    places: number;
    schedule: string;
    tutors: { name: string; role: string | null }[];
  };
  registration: {
    id: string;
    kind: 'inscription' | 'radiation';
    requestedOn: string;
    places: number | null;
    decision: 'acceptee' | 'refusee';
    decidedOn: string;
    notifiedOn: string | null;
  };
  opinions: OpinionData[];
  issuedOn: string;
}

export interface CataloguePost {
  id: string;
  title: string;
  hostName: string;
  address: string | null;
  schedule: string;
  places: number;
  placesFree: number;
  openToMinors: boolean;
  pmrAccessible: boolean;
  publicTransport: boolean;
  /** Offence categories the host will not take, as labels (absent from catalogues archived before they were printed). */
  excludedOffences?: string[];
}

export interface CatalogueData {
  departement: string;
  issuedOn: string;
  postsCount: number;
  placesFree: number;
  communes: { commune: string; categories: { category: string; label: string; posts: CataloguePost[] }[] }[];
}

function joinAddress(street: string | null, postalCode: string | null, city: string | null): string | null {
  return [street, [postalCode, city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null;
}

/** "732 829 320 00074" */
function formatSiret(siret: string | null): string | null {
  if (!siret) return null;
  return /^\d{14}$/.test(siret)
    ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`
    : siret;
}

async function hostData(ctx: CaseContext, hostId: string): Promise<HostData> {
  const row = await ctx.session.db.knex('hosts').where({ id: hostId }).first();
  if (!row) throw new AppError('NOT_FOUND', 'Cette structure n’existe pas (ou plus).');
  return {
    id: row.id,
    name: row.name,
    typeLabel: HOST_TYPE_LABELS[row.kind as HostType] ?? row.kind,
    siret: formatSiret(row.siret ?? null),
    address: joinAddress(row.street ?? null, row.postal_code ?? null, row.city ?? null),
  };
}

/** The opinions as the director saw them on the day of the decision (deemed given once the delay ran out). */
function opinionsOn(
  row: Row,
  givers: readonly ('procureur' | 'jap' | 'prefet')[],
  delay: DeemedDelay,
  on: string,
): OpinionData[] {
  return givers.map((giver) => {
    const opinion = opinionOf(row, giver);
    const state = opinionState(opinion, delay, on);
    const base = { giver, giverLabel: OPINION_GIVER_LABELS[giver], requestedOn: opinion.requestedOn };
    switch (state.state) {
      case 'received':
        return { ...base, state: 'received', opinion: state.opinion, on: state.on };
      case 'deemed':
        return { ...base, state: 'deemed', opinion: null, on: state.on };
      case 'pending':
        return { ...base, state: 'pending', opinion: null, on: state.deemedOn };
      case 'not_requested':
        return { ...base, state: 'not_requested', opinion: null, on: null };
    }
  });
}

export async function habilitationDecisionData(
  ctx: CaseContext,
  habilitationId: string,
): Promise<HabilitationDecisionData> {
  const row = await ctx.session.db.knex('habilitations').where({ id: habilitationId }).whereNull('deleted_at').first();
  if (!row) throw new AppError('NOT_FOUND', 'Cette demande d’habilitation n’existe pas (ou plus).');
  if (!row.decision || !row.decided_on) {
    throw new AppError(
      'CONFLICT',
      'Aucune décision n’a encore été prise sur cette demande d’habilitation : la décision ne peut pas être imprimée.',
    );
  }
  return {
    host: await hostData(ctx, row.host_id),
    habilitation: {
      id: row.id,
      kind: row.kind,
      requestedOn: row.requested_on,
      fileNote: row.file_note ?? null,
      decision: row.decision,
      decidedOn: row.decided_on,
      validUntil: row.valid_until ?? null,
    },
    opinions: opinionsOn(row, ['procureur', 'jap', 'prefet'], HABILITATION_OPINION_DELAY, row.decided_on),
    issuedOn: ctx.today,
  };
}

export async function registrationDecisionData(
  ctx: CaseContext,
  registrationId: string,
): Promise<RegistrationDecisionData> {
  const knex = ctx.session.db.knex;
  const row = await knex('post_registrations').where({ id: registrationId }).whereNull('deleted_at').first();
  if (!row) throw new AppError('NOT_FOUND', 'Cette demande d’inscription n’existe pas (ou plus).');
  if (!row.decision || !row.decided_on) {
    throw new AppError(
      'CONFLICT',
      'Aucune décision n’a encore été prise sur cette demande : la décision ne peut pas être imprimée.',
    );
  }
  const post = await knex('posts').where({ id: row.post_id }).first();
  if (!post) throw new AppError('NOT_FOUND', 'Ce poste n’existe pas (ou plus).');
  const tutors: Row[] = await knex('post_tutors as pt')
    .join('tutors as t', 't.id', 'pt.tutor_id')
    .where('pt.post_id', post.id)
    .whereNull('t.deleted_at')
    .orderBy(['t.last_name', 't.first_name'])
    .select('t.last_name', 't.first_name', 't.role');
  return {
    host: await hostData(ctx, post.host_id),
    post: {
      id: post.id,
      title: post.title,
      categoryLabel: POST_CATEGORY_LABELS[post.category as PostCategory] ?? post.category,
      address: joinAddress(post.street ?? null, post.postal_code ?? null, post.city ?? null),
      places: Number(post.places),
      schedule: describeSlots(decodeJsonArray(post.schedule) as WeeklySlot[]),
      tutors: tutors.map((t) => ({
        name: `${t.first_name} ${String(t.last_name).toUpperCase()}`,
        role: t.role ?? null,
      })),
    },
    registration: {
      id: row.id,
      kind: row.kind,
      requestedOn: row.requested_on,
      places: row.places ?? null,
      decision: row.decision,
      decidedOn: row.decided_on,
      notifiedOn: row.notified_on ?? null,
    },
    opinions: opinionsOn(row, ['procureur', 'jap'], REGISTRATION_OPINION_DELAY, row.decided_on),
    issuedOn: ctx.today,
  };
}

const OCCUPIED =
  "(SELECT count(*) FROM placements pl WHERE pl.post_id = po.id AND pl.status = 'active' AND pl.deleted_at IS NULL)";
const NO_COMMUNE = 'Commune non renseignée';

/** Every placeable post of the département with free places today, grouped by commune then category. */
export async function catalogueData(ctx: CaseContext, departement: string | undefined): Promise<CatalogueData> {
  if (!departement) {
    throw new AppError('VALIDATION', 'Indiquez le département du catalogue.', {
      fields: [{ path: 'departement', message: 'Obligatoire pour le catalogue des postes.' }],
    });
  }
  const dep = departement.toUpperCase();
  const rows: Row[] = await ctx.session.db
    .knex('posts as po')
    .join('hosts as h', 'h.id', 'po.host_id')
    .whereNull('po.deleted_at')
    .whereNull('h.deleted_at')
    .where('po.active', true)
    .where('po.registered', true)
    .where('h.habilitated', true)
    .where((w) => w.whereNull('h.habilitation_valid_until').orWhere('h.habilitation_valid_until', '>=', ctx.today))
    .where('po.departement', dep)
    .whereRaw(`po.places > ${OCCUPIED}`)
    .select('po.*', 'h.name as host_name', ctx.session.db.knex.raw(`${OCCUPIED} AS occupied`));
  const posts = rows.map((r) => ({
    commune: (r.city as string | null)?.trim() || NO_COMMUNE,
    category: r.category as PostCategory,
    post: {
      id: r.id,
      title: r.title,
      hostName: r.host_name,
      address: joinAddress(r.street ?? null, r.postal_code ?? null, r.city ?? null),
      schedule: describeSlots(decodeJsonArray(r.schedule) as WeeklySlot[]),
      places: Number(r.places),
      placesFree: Math.max(0, Number(r.places) - Number(r.occupied ?? 0)),
      openToMinors: decodeBool(r.open_to_minors),
      pmrAccessible: decodeBool(r.pmr_accessible),
      publicTransport: decodeBool(r.public_transport),
      excludedOffences: (decodeJsonArray(r.excluded_offences) as OffenceCategory[]).map(
        (c) => OFFENCE_CATEGORY_LABELS[c] ?? c,
      ),
    } satisfies CataloguePost,
  }));
  const fr = (a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'base' });
  const byCommune = new Map<string, typeof posts>();
  for (const p of posts) byCommune.set(p.commune, [...(byCommune.get(p.commune) ?? []), p]);
  const communes = [...byCommune.entries()]
    .sort(([a], [b]) => (a === NO_COMMUNE ? 1 : b === NO_COMMUNE ? -1 : fr(a, b)))
    .map(([commune, items]) => {
      const byCategory = new Map<PostCategory, CataloguePost[]>();
      for (const item of items) byCategory.set(item.category, [...(byCategory.get(item.category) ?? []), item.post]);
      const categories = [...byCategory.entries()]
        .map(([category, list]) => ({
          category,
          label: POST_CATEGORY_LABELS[category] ?? category,
          posts: list.sort((a, b) => fr(a.title, b.title) || fr(a.hostName, b.hostName)),
        }))
        .sort((a, b) => fr(a.label, b.label));
      return { commune, categories };
    });
  return {
    departement: dep,
    issuedOn: ctx.today,
    postsCount: posts.length,
    placesFree: posts.reduce((n, p) => n + p.post.placesFree, 0),
    communes,
  };
}
