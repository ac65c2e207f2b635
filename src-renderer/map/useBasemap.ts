import { FALLBACK_ATTRIBUTION, OUTLINE_PATH, type BasemapStatus } from '@shared/schemas/geo';
import { useQuery } from '@tanstack/react-query';
import { rpcQuery } from '../queries/rpcQuery';

export interface BaseLayerConfig {
  active: BasemapStatus['active'];
  /** XYZ template: online, app-relative MBTiles, or null for the outline only. */
  tileUrlTemplate: string | null;
  attribution: string;
  minZoom: number;
  maxZoom: number;
  /** App-relative GeoJSON outline, drawn under every layer so that a map always draws. */
  outlineUrl: string;
}

/** The outline alone: what the map draws until (or unless) basemap.status answers. Nothing waits on it. */
export const FALLBACK_BASEMAP: BaseLayerConfig = {
  active: 'fallback',
  tileUrlTemplate: null,
  attribution: FALLBACK_ATTRIBUTION,
  minZoom: 2,
  maxZoom: 18,
  outlineUrl: OUTLINE_PATH,
};

/** The base layer to draw on this device, from basemap.status; the fallback outline meanwhile or on error. */
export function useBasemap(): BaseLayerConfig {
  const status = useQuery(rpcQuery('basemap.status', {}));
  const data = status.data;
  if (!data) return FALLBACK_BASEMAP;
  return {
    active: data.active,
    tileUrlTemplate: data.active === 'fallback' ? null : data.tileUrlTemplate,
    attribution: data.attribution,
    minZoom: data.minZoom,
    maxZoom: data.maxZoom,
    outlineUrl: data.outlineUrl || OUTLINE_PATH,
  };
}
