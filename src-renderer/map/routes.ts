/** The Carte area's own routes, below '#/carte'. */
export type MapRoute = { screen: 'map' } | { screen: 'measure'; measureId: string };

export function parseMapRoute(segments: readonly string[]): MapRoute {
  const [first, second] = segments;
  if (first === 'mesure' && second) return { screen: 'measure', measureId: second };
  return { screen: 'map' };
}

export const mapPaths = {
  map: '/carte',
  measure: (measureId: string) => `/carte/mesure/${measureId}`,
} as const;
