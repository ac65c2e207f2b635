import type { MethodName } from '@shared/rpc/contract';

/** The first part of a method name: 'measures' for 'measures.transition'. */
export type Domain = MethodName extends `${infer D}.${string}` ? D : never;

export function domainOf(method: MethodName): Domain {
  return method.slice(0, method.indexOf('.')) as Domain;
}

// What a person's case file shows: the measure, its people, its appointments and its documents.
const CASE_FILE: readonly Domain[] = ['persons', 'measures', 'placements', 'appointments', 'documents'];
// What the catalogue and the map show: hosts and their posts, and what the matching derives from them.
const CATALOGUE: readonly Domain[] = [
  'hosts',
  'habilitations',
  'tutors',
  'posts',
  'registrations',
  'prospects',
  'catalogue',
  'map',
  'matching',
];

/**
 * Which queries a successful change makes stale, by the domain of the method that changed something. Coarse on
 * purpose: refetching a few screens too many is cheap on a local database, showing a stale one is not. Every domain
 * is listed (the Record type makes a new domain a compile error until it is placed here).
 */
const STALE_AFTER: Record<Domain, readonly Domain[]> = {
  session: ['session', 'users'],
  users: ['users', 'measures', 'persons'],
  // Whether a person's address may go online changes what geocoding answers.
  settings: ['settings', 'session', 'geo'],
  audit: [],
  // The person's home, availability and limits are where the matching starts from.
  persons: [...CASE_FILE, 'map', 'matching'],
  // A status that ends the measure (or sends it back to « à affecter ») ends its placement: places free up.
  measures: [...CASE_FILE, ...CATALOGUE],
  // A placement takes a place on a post: the catalogue and the map count places.
  placements: [...CASE_FILE, ...CATALOGUE],
  hours: [...CASE_FILE],
  incidents: [...CASE_FILE],
  suspensions: [...CASE_FILE],
  appointments: [...CASE_FILE],
  imports: [...CASE_FILE],
  // The host's name shows in the placements of the measures it receives.
  hosts: [...CATALOGUE, 'documents', 'measures'],
  habilitations: [...CATALOGUE, 'documents'],
  tutors: [...CATALOGUE],
  posts: [...CATALOGUE, 'measures'],
  registrations: [...CATALOGUE, 'documents'],
  prospects: ['prospects'],
  catalogue: [],
  map: [],
  matching: [],
  geo: ['geo', 'basemap', 'map', 'matching'],
  // An imported MBTiles file becomes the chosen layer: the map settings change with it.
  basemap: ['basemap', 'geo', 'map'],
  documents: ['documents', 'persons', 'measures'],
  letterhead: ['letterhead'],
};

/**
 * True when a change made through `changed` makes the answers of `queried` stale: the queries of its own domain,
 * those the table lists, and the audit trail (every write is written to it).
 */
export function isStaleAfter(changed: MethodName, queried: MethodName): boolean {
  const domain = domainOf(queried);
  return domain === 'audit' || domain === domainOf(changed) || STALE_AFTER[domainOf(changed)].includes(domain);
}
