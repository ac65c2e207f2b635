import { addDays, daysBetween, maxDate, minDate, type LocalDate } from '@shared/domain/local-date';
import type { HostType } from '@shared/domain/catalogue/host-types';
import type { PhysicalDemand } from '@shared/domain/catalogue/post-categories';
import type { OffenceCategory } from '@shared/domain/measure-types';
import type { WeeklySlot } from '@shared/domain/weekly-slots';
import { uuidv7 } from '../util/uuid7';
import { pointNear, postalCodeIn } from './departements';
import { officeInstant, streetAddress } from './demo-addresses';
import type { HostDraft } from './demo-hosts';
import { type PostCategory, postDescription, postSchedule, postTitle } from './demo-post-kinds';
import { postTraits, type PostTraits } from './demo-post-traits';
import { registrationsFor, type RegistrationPlan, type RegistrationRow } from './demo-registrations';
import type { SeededRandom } from './seeded-random';

/** One post of a host: where, what, when, for whom, and its registration on the departmental list. */
export const CATEGORIES_BY_KIND: Record<HostType, readonly PostCategory[]> = {
  collectivite: [
    'espaces_verts',
    'entretien_batiments',
    'proprete_urbaine',
    'accueil_administratif',
    'sport',
    'culture_patrimoine',
    'logistique_manutention',
    'chantier_collectif',
  ],
  etablissement_public: [
    'accueil_administratif',
    'entretien_batiments',
    'culture_patrimoine',
    'espaces_verts',
    'environnement_nature',
  ],
  hopital: [
    'hopital_soin',
    'hopital_soin',
    'entretien_batiments',
    'logistique_manutention',
    'restauration_aide_alimentaire',
  ],
  association: [
    'restauration_aide_alimentaire',
    'animation',
    'logistique_manutention',
    'environnement_nature',
    'chantier_collectif',
    'sport',
  ],
  entreprise_service_public: [
    'logistique_manutention',
    'accueil_administratif',
    'entretien_batiments',
    'espaces_verts',
  ],
  entreprise_ess: [
    'logistique_manutention',
    'environnement_nature',
    'entretien_batiments',
    'chantier_collectif',
    'espaces_verts',
  ],
  societe_a_mission: ['logistique_manutention', 'environnement_nature', 'accueil_administratif'],
};

export interface PostRow extends PostTraits {
  id: string;
  host_id: string;
  title: string;
  category: PostCategory;
  description: string;
  street: string;
  postal_code: string;
  city: string;
  departement: string;
  latitude: number;
  longitude: number;
  places: number;
  schedule: string;
  open_to_minors: boolean;
  night_work: boolean;
  particular_risks: boolean;
  care_setting: boolean;
  driving_licence_required: boolean;
  registered: boolean;
  active: boolean;
  created_at: string;
  updated_at: string;
}

/** When the host could have posts on the list: from its creation (public) or first grant, until a withdrawal. */
export interface HostWindow {
  from: LocalDate | null;
  withdrawnOn: LocalDate | null;
}

export interface GeneratedPost {
  row: PostRow;
  slots: WeeklySlot[];
  registrations: RegistrationRow[];
  everRegistered: boolean;
  excludedOffences: OffenceCategory[];
  physicalRequirements: PhysicalDemand[];
}

function kmBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = (a.latitude - b.latitude) * 111.32;
  const dLon = (a.longitude - b.longitude) * 111.32 * Math.cos((a.latitude * Math.PI) / 180);
  return Math.sqrt(dLat * dLat + dLon * dLon);
}

/** A date between `from` and `to` (inclusive), or `from` when the span is empty. */
function between(from: LocalDate, to: LocalDate, random: SeededRandom): LocalDate {
  return addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

function registrationPlan(
  window: HostWindow,
  hostCreatedOn: LocalDate,
  today: LocalDate,
  random: SeededRandom,
): RegistrationPlan {
  if (!window.from) {
    // A host still applying (or refused): its posts wait for its habilitation, or were never put forward.
    const on = minDate(addDays(hostCreatedOn, random.int(0, 5)), today);
    return { scenario: random.chance(0.6) ? 'pending' : 'none', requestedOn: on };
  }
  if (window.withdrawnOn) {
    return {
      scenario: 'radiated',
      requestedOn: between(window.from, addDays(window.withdrawnOn, -30), random),
      radiationOn: addDays(window.withdrawnOn, random.int(0, 20)),
    };
  }
  const draw = random.next();
  if (draw < 0.04)
    return { scenario: 'pending', requestedOn: maxDate(window.from, addDays(today, -random.int(0, 25))) };
  const latest = addDays(today, -45);
  if (draw < 0.07 && daysBetween(window.from, today) > 200) {
    const requestedOn = between(window.from, addDays(today, -200), random);
    return {
      scenario: 'radiated',
      requestedOn,
      radiationOn: between(addDays(requestedOn, 60), addDays(today, -30), random),
    };
  }
  return {
    scenario: 'registered',
    requestedOn: window.from < latest ? between(window.from, latest, random) : window.from,
  };
}

export function generatePost(
  host: HostDraft,
  window: HostWindow,
  today: LocalDate,
  nowIso: string,
  random: SeededRandom,
): GeneratedPost {
  const category = random.pick(CATEGORIES_BY_KIND[host.row.kind]);
  const slots = postSchedule(category, random);
  const careSetting = category === 'hopital_soin' || (host.row.kind === 'hopital' && random.chance(0.3));
  const nightWork =
    (category === 'proprete_urbaine' || category === 'hopital_soin' || category === 'logistique_manutention') &&
    random.chance(0.08);
  const particularRisks =
    ['chantier_collectif', 'logistique_manutention', 'espaces_verts', 'environnement_nature'].includes(category) &&
    random.chance(0.2);
  const openToMinors = !careSetting && !nightWork && !particularRisks && random.chance(0.45);
  const drivingLicenceRequired =
    (category === 'logistique_manutention' || category === 'environnement_nature') && random.chance(0.12);
  const sameSite = random.chance(0.7);
  const point = sameSite
    ? { latitude: host.row.latitude, longitude: host.row.longitude }
    : pointNear(host.row, random, 2);
  const traits = postTraits(
    {
      category,
      children: host.children,
      careSetting,
      drivingLicenceRequired,
      kmFromCentre: kmBetween(point, host.dep),
      drom: host.dep.drom,
    },
    random,
  );
  const plan = registrationPlan(window, host.createdOn, today, random);
  const createdOn = plan.requestedOn;
  const at = officeInstant(createdOn, random, nowIso);
  const id = uuidv7(Date.parse(at));
  const places = Number(random.weighted({ '1': 45, '2': 30, '3': 15, '4': 10 }));
  const registration = registrationsFor(id, places, plan, today, nowIso, random);
  const row: PostRow = {
    id,
    host_id: host.row.id,
    title: postTitle(category, random),
    category,
    description: postDescription(category, random),
    street: sameSite ? host.row.street : streetAddress(random),
    postal_code: sameSite ? host.row.postal_code : postalCodeIn(host.dep, random),
    city: host.row.city,
    departement: host.dep.code,
    ...point,
    places,
    schedule: JSON.stringify(slots),
    open_to_minors: openToMinors,
    night_work: nightWork,
    particular_risks: particularRisks,
    care_setting: careSetting,
    driving_licence_required: drivingLicenceRequired,
    registered: registration.registered,
    // A few posts are closed for now; a post off the list is not open either.
    active: registration.registered && random.chance(0.97),
    ...traits,
    created_at: at,
    updated_at: registration.rows.reduce((latest, r) => (r.updated_at > latest ? r.updated_at : latest), at),
  };
  return {
    row,
    slots,
    registrations: registration.rows,
    everRegistered: registration.everRegistered,
    excludedOffences: JSON.parse(traits.excluded_offences) as OffenceCategory[],
    physicalRequirements: JSON.parse(traits.physical_requirements) as PhysicalDemand[],
  };
}
