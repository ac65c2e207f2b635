import { useMemo } from 'react';
import type { Bounds } from '@shared/schemas/geo';
import { buildClusterIndex, type ClusterIndex, type ClusterOrPoint, type MapPoint } from './clusterIndex';

export interface MapView {
  bounds: Bounds;
  zoom: number;
}

export interface ClusterTimings {
  buildMs: number;
  queryMs: number;
}

/** The last timings, readable from the page (data-* attributes) and from the console for measurement. */
export const clusterTimings: ClusterTimings = { buildMs: 0, queryMs: 0 };

/**
 * The supercluster index of the filtered posts (rebuilt when the points change) and the clusters of the current
 * viewport (recomputed on each move or zoom; the budget is 20 ms at national scale).
 */
export function useClusters(
  points: readonly MapPoint[] | null,
  view: MapView | null,
): { index: ClusterIndex | null; features: ClusterOrPoint[] } {
  const index = useMemo(() => {
    if (!points) return null;
    const built = buildClusterIndex(points);
    clusterTimings.buildMs = built.buildMs;
    return built.index;
  }, [points]);

  const features = useMemo(() => {
    if (!index || !view) return [];
    const started = performance.now();
    const { west, south, east, north } = view.bounds;
    // A little margin so that markers just outside the edge are already there when panning.
    const padLon = (east - west) * 0.1;
    const padLat = (north - south) * 0.1;
    const bbox: [number, number, number, number] = [
      Math.max(-180, west - padLon),
      Math.max(-85, south - padLat),
      Math.min(180, east + padLon),
      Math.min(85, north + padLat),
    ];
    const result = index.getClusters(bbox, Math.round(view.zoom));
    clusterTimings.queryMs = performance.now() - started;
    return result;
  }, [index, view]);

  return { index, features };
}
