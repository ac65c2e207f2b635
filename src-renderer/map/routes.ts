/** Typed paths of the Carte area, below '/carte' (the routes themselves are declared in MapArea). */
export const mapPaths = {
  map: '/carte',
  measure: (measureId: string) => `/carte/mesure/${measureId}`,
} as const;
