import type { Departement } from './departements';
import { DROM_SURNAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, MORE_SURNAMES, SURNAMES } from './french-names';
import type { SeededRandom } from './seeded-random';

/**
 * People of the host organisations (contacts, tutors): names, landline numbers with the département's prefix,
 * e-mail addresses on example.fr domains. No real person or organisation is meant.
 */
const ALL_SURNAMES = [...SURNAMES, ...MORE_SURNAMES];

/** Overseas landline prefixes; metropolitan numbers start with 01-05 by region. */
const DROM_LANDLINE: Record<string, string> = {
  '971': '0590',
  '972': '0596',
  '973': '0594',
  '974': '0262',
  '976': '0269',
};
const ILE_DE_FRANCE = new Set(['75', '77', '78', '91', '92', '93', '94', '95']);
const NORTH_WEST = new Set([
  '14',
  '18',
  '22',
  '27',
  '28',
  '29',
  '35',
  '36',
  '37',
  '41',
  '44',
  '45',
  '49',
  '50',
  '53',
  '56',
  '61',
  '72',
  '76',
  '85',
]);
const NORTH_EAST = new Set([
  '02',
  '08',
  '10',
  '21',
  '25',
  '39',
  '51',
  '52',
  '54',
  '55',
  '57',
  '58',
  '59',
  '60',
  '62',
  '67',
  '68',
  '70',
  '71',
  '80',
  '88',
  '89',
  '90',
]);
const SOUTH_WEST = new Set([
  '09',
  '11',
  '12',
  '16',
  '17',
  '19',
  '23',
  '24',
  '31',
  '32',
  '33',
  '40',
  '46',
  '47',
  '64',
  '65',
  '66',
  '79',
  '81',
  '82',
  '86',
  '87',
]);

export interface PersonName {
  first: string;
  last: string;
  female: boolean;
}

export function personName(dep: Departement, random: SeededRandom): PersonName {
  const female = random.chance(0.55);
  const first = random.pick(female ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
  const last = dep.drom && random.chance(0.7) ? random.pick(DROM_SURNAMES) : random.pick(ALL_SURNAMES);
  return { first, last, female };
}

export function fullName(name: PersonName): string {
  return `${name.first} ${name.last}`;
}

function digits(random: SeededRandom, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String(random.int(0, 9));
  return text;
}

function grouped(number: string): string {
  return number.replace(/(\d{2})(?=\d)/g, '$1 ');
}

function landlinePrefix(code: string): string {
  if (DROM_LANDLINE[code]) return DROM_LANDLINE[code]!;
  if (ILE_DE_FRANCE.has(code)) return '01';
  if (NORTH_WEST.has(code)) return '02';
  if (NORTH_EAST.has(code)) return '03';
  if (SOUTH_WEST.has(code)) return '05';
  return '04';
}

/** "04 72 18 35 60": a landline in the département's region. */
export function landline(dep: Departement, random: SeededRandom): string {
  const prefix = landlinePrefix(dep.code);
  return grouped(prefix + digits(random, 10 - prefix.length));
}

/** "06 12 34 56 78", or the overseas mobile prefix. */
export function mobile(dep: Departement, random: SeededRandom): string {
  const overseas: Record<string, string> = {
    '971': '0690',
    '972': '0696',
    '973': '0694',
    '974': '0692',
    '976': '0639',
  };
  const prefix = overseas[dep.code] ?? random.pick(['06', '07']);
  return grouped(prefix + digits(random, 10 - prefix.length));
}

/** "de Gap", "d’Évreux", "du Mans": the preposition before a town's name. */
export function ofTown(town: string): string {
  if (town.startsWith('Le ')) return `du ${town.slice(3)}`;
  if (town.startsWith('Les ')) return `des ${town.slice(4)}`;
  return /^[AEIOUYÂÉÈÊÎÔ]/i.test(town.normalize('NFC')) ? `d’${town}` : `de ${town}`;
}

export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The organisation's mail domain, from its name: "mairie-de-gap.example.fr". */
export function hostDomain(hostName: string): string {
  const words = asciiSlug(hostName)
    .split('-')
    .filter((w) => w.length > 0);
  let slug = '';
  for (const word of words) {
    if (slug.length + word.length + 1 > 32) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  return `${slug || 'structure'}.example.fr`;
}

/** "sophie.martin@mairie-de-gap.example.fr" */
export function emailAt(name: PersonName, domain: string): string {
  return `${asciiSlug(name.first)}.${asciiSlug(name.last)}@${domain}`;
}
