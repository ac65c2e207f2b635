import type { WeeklySlot } from '../../../src-shared/domain/weekly-slots';
import type { LocalDate } from '../../../src-shared/domain/local-date';
import { uuidv7 } from '../util/uuid7';
import { DEPARTEMENTS, DROM_CODES, DepartementPicker, pointIn, pointNear, postalCodeIn, type Departement } from './departements';
import { daysBefore, officeInstant, streetAddress, streetName } from './demo-addresses';
import { POST_CATEGORIES, type PostCategory, postDescription, postSchedule, postTitle } from './demo-post-kinds';
import type { SeededRandom } from './seeded-random';

/** Host organisations and their posts: the minimal catalogue that placements need (a later issue extends it). */
export const HOST_KINDS = ['collectivite', 'etablissement_public', 'hopital', 'association', 'entreprise_ess', 'societe_mission'] as const;
export type HostKind = (typeof HOST_KINDS)[number];

const HOST_KIND_WEIGHTS: Record<HostKind, number> = {
  collectivite: 40,
  etablissement_public: 15,
  hopital: 7,
  association: 28,
  entreprise_ess: 8,
  societe_mission: 2,
};

const CATEGORIES_BY_KIND: Record<HostKind, readonly PostCategory[]> = {
  collectivite: ['espaces_verts', 'entretien_batiments', 'proprete_urbaine', 'accueil_administratif', 'sport', 'culture_patrimoine', 'logistique_manutention', 'chantier_collectif'],
  etablissement_public: ['accueil_administratif', 'entretien_batiments', 'culture_patrimoine', 'espaces_verts', 'environnement_nature'],
  hopital: ['hopital_soin', 'hopital_soin', 'entretien_batiments', 'logistique_manutention', 'restauration_aide_alimentaire'],
  association: ['restauration_aide_alimentaire', 'animation', 'logistique_manutention', 'environnement_nature', 'chantier_collectif', 'sport'],
  entreprise_ess: ['logistique_manutention', 'environnement_nature', 'entretien_batiments', 'chantier_collectif', 'espaces_verts'],
  societe_mission: ['logistique_manutention', 'environnement_nature', 'accueil_administratif'],
};

const SCHOOL_NAMES = ['Jean Moulin', 'Victor Hugo', 'Jules Ferry', 'Louise Michel', 'Simone Veil', 'Marie Curie', 'Jean Jaurès', 'Aimé Césaire', 'Albert Camus', 'Pablo Neruda'];
const ASSOCIATIONS = ['Restos du Cœur', 'Secours populaire', 'Croix-Rouge française', 'Emmaüs', 'Banque alimentaire', 'Secours catholique'];

function hostName(kind: HostKind, dep: Departement, random: SeededRandom): string {
  const city = dep.prefecture;
  switch (kind) {
    case 'collectivite':
      return random.pick([
        `Mairie de ${city}`,
        `Ville de ${city} — services techniques`,
        `Centre communal d’action sociale de ${city}`,
        `Conseil départemental — ${dep.name}`,
        `Communauté d’agglomération de ${city}`,
        `Syndicat intercommunal des eaux de la région de ${city}`,
      ]);
    case 'etablissement_public':
      return random.pick([
        `Collège ${random.pick(SCHOOL_NAMES)}`,
        `Lycée professionnel ${random.pick(SCHOOL_NAMES)}`,
        `Office public de l’habitat de ${city}`,
        `Office national des forêts — agence ${dep.name}`,
        `Musée municipal de ${city}`,
        `Médiathèque ${random.pick(SCHOOL_NAMES)}`,
      ]);
    case 'hopital':
      return random.pick([`Centre hospitalier de ${city}`, `EHPAD Les ${random.pick(['Tilleuls', 'Glycines', 'Jardins', 'Lilas'])}`, `Centre de rééducation de ${city}`]);
    case 'association':
      return random.chance(0.5)
        ? `${random.pick(ASSOCIATIONS)} — antenne de ${city}`
        : random.pick([`Les Jardins partagés ${streetName(random)}`, `Association sportive de ${city}`, `Maison de quartier ${streetName(random)}`, `Association ${random.pick(['Solidarité', 'Entraide', 'Passerelle', 'Horizon'])} ${city}`]);
    case 'entreprise_ess':
      return random.pick([`Ressourcerie de ${city}`, `Régie de quartier ${streetName(random)}`, `Chantier d’insertion Nature et ${random.pick(['Patrimoine', 'Rivières', 'Forêts'])}`, `Recyclerie ${random.pick(['du Centre', 'Solidaire', 'de la Vallée'])}`]);
    case 'societe_mission':
      return random.pick([`Coopérative ${random.pick(['Terre', 'Réemploi', 'Circuits courts'])} ${city}`, `SCIC Mobilité solidaire ${city}`]);
  }
}

export interface HostRow {
  id: string;
  name: string;
  kind: HostKind;
  street: string;
  postal_code: string;
  city: string;
  latitude: number;
  longitude: number;
  habilitated: boolean;
  created_at: string;
  updated_at: string;
}

export interface PostRow {
  id: string;
  host_id: string;
  title: string;
  category: PostCategory;
  description: string;
  street: string;
  postal_code: string;
  city: string;
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

/** What placing a person needs to know of a post, kept in memory while measures are generated. */
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
}

export interface Catalogue {
  hosts: HostRow[];
  posts: PostRow[];
  refs: PostRef[];
  byDepartement: Map<string, PostRef[]>;
}

export function generateCatalogue(hostCount: number, postCount: number, today: LocalDate, random: SeededRandom): Catalogue {
  const picker = new DepartementPicker();
  const byCode = new Map(DEPARTEMENTS.map((d) => [d.code, d]));
  const hosts: Array<HostRow & { dep: Departement }> = [];
  for (let i = 0; i < hostCount; i++) {
    // The first hosts are in the DROM, so even the smallest dataset has posts overseas.
    const dep = i < DROM_CODES.length ? byCode.get(DROM_CODES[i]!)! : picker.pick(random);
    const kind = random.weighted(HOST_KIND_WEIGHTS);
    const at = officeInstant(daysBefore(today, random, 30, 2200), random);
    hosts.push({
      id: uuidv7(Date.parse(at)),
      name: hostName(kind, dep, random),
      kind,
      street: streetAddress(random),
      postal_code: postalCodeIn(dep, random),
      city: dep.prefecture,
      ...pointIn(dep, random),
      habilitated: kind === 'collectivite' || kind === 'etablissement_public' || kind === 'hopital' ? true : random.chance(0.93),
      created_at: at,
      updated_at: at,
      dep,
    });
  }
  // Every host has one post; the others go to random hosts, public bodies and hospitals taking more.
  const owners = hosts.map((_, i) => i);
  for (let i = hostCount; i < postCount; i++) {
    const h = random.int(0, hostCount - 1);
    owners.push(hosts[h]!.kind === 'association' && random.chance(0.4) ? random.int(0, hostCount - 1) : h);
  }
  owners.sort((a, b) => a - b);

  const posts: PostRow[] = [];
  const refs: PostRef[] = [];
  const byDepartement = new Map<string, PostRef[]>();
  for (const owner of owners) {
    const host = hosts[owner]!;
    const category = random.pick(CATEGORIES_BY_KIND[host.kind]);
    const slots = postSchedule(category, random);
    const careSetting = category === 'hopital_soin' || (host.kind === 'hopital' && random.chance(0.3));
    const nightWork = (category === 'proprete_urbaine' || category === 'hopital_soin' || category === 'logistique_manutention') && random.chance(0.08);
    const particularRisks = ['chantier_collectif', 'logistique_manutention', 'espaces_verts', 'environnement_nature'].includes(category) && random.chance(0.2);
    const openToMinors = !careSetting && !nightWork && !particularRisks && random.chance(0.45);
    const sameSite = random.chance(0.7);
    const street = sameSite ? host.street : streetAddress(random);
    const at = officeInstant(daysBefore(today, random, 10, 1800), random);
    const row: PostRow = {
      id: uuidv7(Date.parse(at)),
      host_id: host.id,
      title: postTitle(category, random),
      category,
      description: postDescription(category, random),
      street,
      postal_code: sameSite ? host.postal_code : postalCodeIn(host.dep, random),
      city: host.city,
      ...(sameSite ? { latitude: host.latitude, longitude: host.longitude } : pointNear(host, random, 2)),
      places: Number(random.weighted({ '1': 45, '2': 30, '3': 15, '4': 10 })),
      schedule: JSON.stringify(slots),
      open_to_minors: openToMinors,
      night_work: nightWork,
      particular_risks: particularRisks,
      care_setting: careSetting,
      driving_licence_required: (category === 'logistique_manutention' || category === 'environnement_nature') && random.chance(0.12),
      registered: host.habilitated && random.chance(0.97),
      active: random.chance(0.97),
      created_at: at,
      updated_at: at,
    };
    row.active = row.active && row.registered;
    posts.push(row);
    const ref: PostRef = {
      id: row.id,
      title: row.title,
      hostName: host.name,
      address: `${row.street}, ${row.postal_code} ${row.city}`,
      depCode: host.dep.code,
      places: row.places,
      slots,
      openToMinors,
      nightWork,
      particularRisks,
      careSetting,
      drivingLicenceRequired: row.driving_licence_required,
      active: row.active,
    };
    refs.push(ref);
    const list = byDepartement.get(ref.depCode) ?? [];
    list.push(ref);
    byDepartement.set(ref.depCode, list);
  }
  return { hosts: hosts.map(({ dep: _dep, ...row }) => row), posts, refs, byDepartement };
}

export { POST_CATEGORIES };
