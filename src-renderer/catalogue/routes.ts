/** The catalogue area's own routes, below '#/postes'. */
export type CatalogueRoute =
  | { screen: 'hosts' }
  | { screen: 'posts' }
  | { screen: 'tutors' }
  | { screen: 'prospection' }
  | { screen: 'host'; id: string | null }
  | { screen: 'post'; id: string | null; hostId: string | null };

export const NEW_SEGMENT = 'nouveau';

/** Reads the segments after 'postes'; anything unknown is the list of structures. */
export function parseCatalogueRoute(segments: readonly string[]): CatalogueRoute {
  const [first, second, third] = segments;
  if (first === 'postes') return { screen: 'posts' };
  if (first === 'tuteurs') return { screen: 'tutors' };
  if (first === 'prospection') return { screen: 'prospection' };
  if (first === 'structure' && second) return { screen: 'host', id: second === NEW_SEGMENT ? null : second };
  if (first === 'poste' && second) {
    return second === NEW_SEGMENT
      ? { screen: 'post', id: null, hostId: third ?? null }
      : { screen: 'post', id: second, hostId: null };
  }
  return { screen: 'hosts' };
}

export const cataloguePaths = {
  hosts: '/postes',
  posts: '/postes/postes',
  tutors: '/postes/tuteurs',
  prospection: '/postes/prospection',
  host: (id: string) => `/postes/structure/${id}`,
  newHost: `/postes/structure/${NEW_SEGMENT}`,
  post: (id: string) => `/postes/poste/${id}`,
  newPost: (hostId: string) => `/postes/poste/${NEW_SEGMENT}/${hostId}`,
} as const;
