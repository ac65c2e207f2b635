import type { LocalDate } from '@shared/domain/local-date';
import { isHabilitatedByRight } from '@shared/domain/catalogue/host-types';
import type { PhysicalDemand } from '@shared/domain/catalogue/post-categories';
import type { OffenceCategory } from '@shared/domain/measure-types';
import type { WeeklySlot } from '@shared/domain/weekly-slots';
import { uuidv7 } from '../util/uuid7';
import { officeInstant } from './demo-addresses';
import { habilitationsFor, record, type HabilitationRow } from './demo-habilitations';
import { habilitationPeriods, type HabilitationPeriod } from '@shared/domain/catalogue/habilitation-cover';
import { draftHosts, type HostDraft, type HostRow } from './demo-hosts';
import { POST_CATEGORIES } from './demo-post-kinds';
import { generatePost, type HostWindow, type PostRow } from './demo-posts';
import type { RegistrationRow } from './demo-registrations';
import { generateTutors, type HostPosts, type PostTutorRow, type TutorRef, type TutorRow } from './demo-tutors';
import type { SeededRandom } from './seeded-random';

/**
 * The catalogue of a demo office, in foreign-key order: hosts with their habilitations, tutors, posts with their
 * tutors and registrations on the departmental list; and, for the placement generator, what it needs of each post.
 */
export interface PostRef {
  id: string;
  title: string;
  hostName: string;
  address: string;
  depCode: string;
  places: number;
  slots: WeeklySlot[];
  openToMinors: boolean;
  nightWork: boolean;
  particularRisks: boolean;
  careSetting: boolean;
  drivingLicenceRequired: boolean;
  active: boolean;
  /** Active, registered, and its host habilitated today: may receive a placement now. */
  placeable: boolean;
  /** Was on the departmental list at some point: may have had placements in the past. */
  everRegistered: boolean;
  excludedOffences: OffenceCategory[];
  physicalRequirements: PhysicalDemand[];
  tutors: TutorRef[];
  /** The host's granted habilitations, or null for a public body (habilitated by right). */
  habilitation: HabilitationPeriod[] | null;
}

export interface CatalogueRows {
  hosts: HostRow[];
  habilitations: HabilitationRow[];
  tutors: TutorRow[];
  posts: PostRow[];
  post_tutors: PostTutorRow[];
  post_registrations: RegistrationRow[];
}

/** Tables of the catalogue in foreign-key order. */
export const CATALOGUE_TABLES = [
  'hosts',
  'habilitations',
  'tutors',
  'posts',
  'post_tutors',
  'post_registrations',
] as const;

export interface Catalogue extends CatalogueRows {
  refs: PostRef[];
  byDepartement: Map<string, PostRef[]>;
}

export interface CatalogueSize {
  hosts: number;
  posts: number;
  tutors: number;
}

function windowOf(
  host: HostDraft,
  today: LocalDate,
  nowIso: string,
  random: SeededRandom,
  habilitations: HabilitationRow[],
): HostWindow {
  if (isHabilitatedByRight(host.row.kind)) return { from: host.createdOn, withdrawnOn: null };
  const drawn = habilitationsFor(host.row.id, host.row.kind, host.createdOn, today, nowIso, random);
  habilitations.push(...drawn.rows);
  host.row.habilitated = drawn.habilitated;
  host.row.habilitation_valid_until = drawn.validUntil;
  host.row.updated_at = drawn.rows.reduce(
    (latest, r) => (r.updated_at > latest ? r.updated_at : latest),
    host.row.created_at,
  );
  return { from: drawn.grantedOn, withdrawnOn: drawn.withdrawnOn };
}

export function generateCatalogue(
  size: CatalogueSize,
  today: LocalDate,
  nowIso: string,
  random: SeededRandom,
): Catalogue {
  const drafts = draftHosts(size.hosts, today, random);
  const habilitations: HabilitationRow[] = [];
  const windows = drafts.map((host) => {
    const at = officeInstant(host.createdOn, random, nowIso);
    host.row.id = uuidv7(Date.parse(at));
    host.row.created_at = at;
    host.row.updated_at = at;
    return windowOf(host, today, nowIso, random, habilitations);
  });
  // Every host has one post; the others go to random hosts, associations taking fewer.
  const owners = drafts.map((_, i) => i);
  for (let i = size.hosts; i < size.posts; i++) {
    const h = random.int(0, size.hosts - 1);
    owners.push(drafts[h]!.row.kind === 'association' && random.chance(0.4) ? random.int(0, size.hosts - 1) : h);
  }
  owners.sort((a, b) => a - b);

  const periodsByHost = new Map<string, HabilitationRow[]>();
  for (const row of habilitations) periodsByHost.set(row.host_id, [...(periodsByHost.get(row.host_id) ?? []), row]);
  const posts: PostRow[] = [];
  const registrations: RegistrationRow[] = [];
  const refs: PostRef[] = [];
  const hostPosts: HostPosts[] = drafts.map((d) => ({
    hostId: d.row.id,
    hostName: d.row.name,
    dep: d.dep,
    createdOn: d.createdOn,
    posts: [],
  }));
  for (const owner of owners) {
    const host = drafts[owner]!;
    const post = generatePost(host, windows[owner]!, today, nowIso, random);
    const row = post.row;
    posts.push(row);
    registrations.push(...post.registrations);
    hostPosts[owner]!.posts.push({ id: row.id, category: row.category });
    const hostHabilitated =
      host.row.habilitated &&
      (host.row.habilitation_valid_until === null || host.row.habilitation_valid_until >= today);
    refs.push({
      id: row.id,
      title: row.title,
      hostName: host.row.name,
      address: `${row.street}, ${row.postal_code} ${row.city}`,
      depCode: host.dep.code,
      places: row.places,
      slots: post.slots,
      openToMinors: row.open_to_minors,
      nightWork: row.night_work,
      particularRisks: row.particular_risks,
      careSetting: row.care_setting,
      drivingLicenceRequired: row.driving_licence_required,
      active: row.active,
      placeable: row.active && row.registered && hostHabilitated,
      everRegistered: post.everRegistered,
      excludedOffences: post.excludedOffences,
      physicalRequirements: post.physicalRequirements,
      tutors: [],
      habilitation: isHabilitatedByRight(host.row.kind)
        ? null
        : habilitationPeriods((periodsByHost.get(host.row.id) ?? []).map(record)),
    });
  }
  const tutors = generateTutors(hostPosts, size.tutors, today, nowIso, random);
  const byDepartement = new Map<string, PostRef[]>();
  for (const ref of refs) {
    ref.tutors = tutors.byPost.get(ref.id) ?? [];
    const list = byDepartement.get(ref.depCode) ?? [];
    list.push(ref);
    byDepartement.set(ref.depCode, list);
  }
  return {
    hosts: drafts.map((d) => d.row),
    habilitations,
    tutors: tutors.tutors,
    posts,
    post_tutors: tutors.links,
    post_registrations: registrations,
    refs,
    byDepartement,
  };
}

export { POST_CATEGORIES };
