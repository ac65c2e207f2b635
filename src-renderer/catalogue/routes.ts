/** Typed paths of the catalogue's screens, below '/postes' (the routes themselves are declared in CatalogueArea). */
export const NEW_SEGMENT = 'nouveau';

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
