import { addDays, type LocalDate } from '@shared/domain/local-date';
import { WEEKLY_SLOTS, type WeeklySlot } from '@shared/domain/weekly-slots';
import type { SITUATIONS } from '@shared/schemas/persons';
import { POST_CATEGORIES, type PhysicalDemand } from '@shared/domain/catalogue/post-categories';
import { uuidv7 } from '../util/uuid7';
import { foldForMatching, identityKey } from '../repo/row-codec';
import { DEPARTEMENTS, pointIn, postalCodeIn, type Departement } from './departements';
import { officeInstant, streetAddress } from './demo-addresses';
import { DROM_SURNAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, MORE_SURNAMES, SURNAMES } from './french-names';
import type { SeededRandom } from './seeded-random';

/** Synthetic people under a measure: identity, contact, address in their département, availability and constraints. */
export interface PersonRow {
  id: string;
  dossier_number: string;
  last_name: string;
  first_name: string;
  birth_date: string;
  birth_place: string;
  phone: string | null;
  email: string | null;
  street: string;
  postal_code: string;
  city: string;
  latitude: number;
  longitude: number;
  situation: (typeof SITUATIONS)[number];
  availability: string;
  driving_licence: boolean;
  languages: string;
  skills: string;
  health_restrictions: string | null;
  preferred_categories: string;
  physical_limits: string;
  disabled_worker: boolean;
  pregnant: boolean;
  lawyer: string | null;
  notes: string | null;
  identity_key: string;
  created_at: string;
  updated_at: string;
}

/** What the measure generator needs to know of the person. */
export interface PersonFacts {
  row: PersonRow;
  dep: Departement;
  availability: WeeklySlot[];
  physicalLimits: PhysicalDemand[];
}

const ALL_SURNAMES = [...SURNAMES, ...MORE_SURNAMES];
const BIRTH_ABROAD = [
  'Alger (Algérie)',
  'Casablanca (Maroc)',
  'Tunis (Tunisie)',
  'Dakar (Sénégal)',
  'Bamako (Mali)',
  'Porto (Portugal)',
  'Bucarest (Roumanie)',
  'Istanbul (Turquie)',
  'Moroni (Comores)',
];
const SKILLS = [
  'jardinage',
  'peinture',
  'maçonnerie',
  'cuisine',
  'informatique',
  'manutention',
  'électricité',
  'menuiserie',
  'accueil du public',
  'conduite d’engins',
  'nettoyage',
  'plomberie',
  'mécanique',
  'bricolage',
  'conduite',
];
/** Health restrictions as an officer writes them, and the physical demands each one rules out for matching. */
const HEALTH: ReadonlyArray<[string, PhysicalDemand[]]> = [
  ['Pas de port de charges lourdes', ['port_de_charges']],
  ['Station debout prolongée déconseillée', ['station_debout']],
  ['Asthme : éviter les poussières', []],
  ['Allergie aux pollens : pas de travail en extérieur au printemps', ['travail_exterieur']],
  ['Lombalgie chronique', ['port_de_charges', 'gestes_repetitifs']],
  ['Vertiges : pas de travail en hauteur', ['travail_en_hauteur']],
  ['Traitement incompatible avec la conduite', []],
];
const MOBILE_PREFIX: Record<string, string> = {
  '971': '0690',
  '972': '0696',
  '973': '0694',
  '974': '0692',
  '976': '0639',
};
/** The repository's alphabet for dossier numbers (no I, L, O, U), so demo and real numbers look alike. */
const DOSSIER_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DOSSIER_SPACE = 32 ** 6;

/**
 * "D25-7K2Q9A": the registration year and six characters from the person's rank, scrambled by a multiplication
 * that is a bijection modulo 32^6 (1,000,003 is odd), hence unique without any lookup.
 */
export function dossierNumber(year: number, rank: number): string {
  let n = Number((BigInt(rank + 1) * 1_000_003n) % BigInt(DOSSIER_SPACE));
  let code = '';
  for (let i = 0; i < 6; i++) {
    code = DOSSIER_ALPHABET[n % 32] + code;
    n = Math.floor(n / 32);
  }
  return `D${String(year % 100).padStart(2, '0')}-${code}`;
}

function availabilityGrid(random: SeededRandom, situation: PersonRow['situation']): WeeklySlot[] {
  const busyWeekdays = situation === 'emploi' || situation === 'formation' || situation === 'scolarite';
  return WEEKLY_SLOTS.filter((slot) => {
    const weekend = slot.startsWith('sat') || slot.startsWith('sun');
    const evening = slot.endsWith('evening');
    if (busyWeekdays)
      return weekend ? random.chance(0.6) : evening ? random.chance(0.5) : slot.startsWith('wed') && random.chance(0.3);
    return weekend ? random.chance(0.35) : evening ? random.chance(0.2) : random.chance(0.7);
  });
}

export interface PersonSpec {
  rank: number;
  dep: Departement;
  /** The person's first decision date and whether they were 16-17 then (TIG mineur). */
  firstDecision: LocalDate;
  minor: boolean;
  /** When the person's dossier was opened. */
  registeredOn: LocalDate;
}

export function generatePerson(spec: PersonSpec, random: SeededRandom): PersonFacts {
  const { dep } = spec;
  const female = random.chance(0.12);
  const firstName = random.pick(female ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
  const lastName = dep.drom && random.chance(0.7) ? random.pick(DROM_SURNAMES) : random.pick(ALL_SURNAMES);
  const ageYears = spec.minor ? random.int(16, 17) : Math.min(70, 18 + Math.floor(-Math.log(1 - random.next()) * 12));
  // Born `ageYears` years and up to 360 days before the first decision: exactly that age on the decision day.
  const birthDate = addDays(
    `${Number(spec.firstDecision.slice(0, 4)) - ageYears}${spec.firstDecision.slice(4)}`.replace('-02-29', '-02-28'),
    -random.int(1, 360),
  );
  const situation: PersonRow['situation'] = spec.minor
    ? random.weighted({ scolarite: 55, formation: 25, sans_activite: 20 })
    : random.weighted({
        emploi: 38,
        recherche_emploi: 30,
        formation: 7,
        sans_activite: 18,
        invalidite: 4,
        retraite: ageYears >= 60 ? 20 : 0,
      });
  const availability = availabilityGrid(random, situation);
  const drivingLicence = !spec.minor && random.chance(0.5);
  const languages = ['français'];
  if (dep.drom && dep.code !== '976') languages.push('créole');
  if (dep.code === '976') languages.push('shimaoré');
  if (random.chance(0.15))
    languages.push(random.pick(['arabe', 'anglais', 'portugais', 'espagnol', 'turc', 'roumain', 'wolof']));
  const disabledWorker = !spec.minor && random.chance(0.04);
  const pregnant = female && ageYears >= 18 && ageYears <= 42 && random.chance(0.08);
  const at = officeInstant(spec.registeredOn, random);
  const [health, physicalLimits] = random.chance(0.08) ? random.pick(HEALTH) : [null, []];
  const preferred = random.weighted({ '0': 40, '1': 40, '2': 20 });
  const mobile = MOBILE_PREFIX[dep.code] ?? random.pick(['06', '07']);
  const digits = (n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');
  const phoneRaw = mobile.length === 4 ? mobile + digits(6) : mobile + digits(8);
  const row: PersonRow = {
    id: uuidv7(Date.parse(at)),
    dossier_number: dossierNumber(Number(spec.registeredOn.slice(0, 4)), spec.rank),
    last_name: lastName,
    first_name: firstName,
    birth_date: birthDate,
    birth_place: random.chance(0.8) ? random.pick(DEPARTEMENTS).prefecture : random.pick(BIRTH_ABROAD),
    phone: random.chance(0.9) ? phoneRaw.replace(/(\d{2})(?=\d)/g, '$1 ') : null,
    email: random.chance(0.4)
      ? `${foldForMatching(firstName).replace(/ /g, '-')}.${foldForMatching(lastName).replace(/ /g, '-')}${random.int(1, 99)}@example.org`
      : null,
    street: streetAddress(random),
    postal_code: postalCodeIn(dep, random),
    city: dep.prefecture,
    ...pointIn(dep, random),
    situation,
    availability: JSON.stringify(availability),
    driving_licence: drivingLicence,
    languages: JSON.stringify(languages),
    skills: JSON.stringify(random.sample(SKILLS, random.int(0, 3))),
    health_restrictions: health,
    preferred_categories: JSON.stringify(random.sample(POST_CATEGORIES, Number(preferred))),
    physical_limits: JSON.stringify(physicalLimits),
    disabled_worker: disabledWorker,
    pregnant,
    lawyer: random.chance(0.6)
      ? `Me ${random.pick(female ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES)} ${random.pick(ALL_SURNAMES)}, barreau de ${dep.prefecture}`
      : null,
    notes: disabledWorker
      ? 'Reconnaissance de la qualité de travailleur handicapé (RQTH) en cours de validité.'
      : random.chance(0.05)
        ? 'Hébergé chez un proche ; joindre de préférence par téléphone.'
        : null,
    identity_key: identityKey(lastName, firstName, birthDate),
    created_at: at,
    updated_at: at,
  };
  return { row, dep, availability, physicalLimits };
}
