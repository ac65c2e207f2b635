import Supercluster from 'supercluster';

/** One post as map.points sends it: [id, latitude, longitude, category index, free places]. */
export type MapPoint = [id: string, latitude: number, longitude: number, category: number, free: number];

export interface PointProps {
  id: string;
  category: number;
  free: number;
}

/** What a cluster carries beyond its count: the free places of all its posts. */
export interface ClusterProps {
  free: number;
}

export type ClusterIndex = Supercluster<PointProps, ClusterProps>;
export type ClusterOrPoint = ReturnType<ClusterIndex['getClusters']>[number];

/** Beyond this zoom every post is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 15;

/**
 * Builds the supercluster index of all filtered posts (rebuilt whenever the filters change; the viewport queries
 * are then cheap). Returns the time taken so that the page can expose it for measurement.
 */
export function buildClusterIndex(points: readonly MapPoint[]): { index: ClusterIndex; buildMs: number } {
  const started = performance.now();
  const features = points.map(([id, latitude, longitude, category, free]) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [longitude, latitude] },
    properties: { id, category, free },
  }));
  const index: ClusterIndex = new Supercluster<PointProps, ClusterProps>({
    radius: 60,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (props) => ({ free: Math.max(0, props.free) }),
    reduce: (accumulated, props) => {
      accumulated.free += props.free;
    },
  });
  index.load(features);
  return { index, buildMs: performance.now() - started };
}

export function isCluster(
  feature: ClusterOrPoint,
): feature is Extract<ClusterOrPoint, { properties: { cluster: true } }> {
  return 'cluster' in feature.properties && feature.properties.cluster === true;
}
