import type { FeatureCollection } from 'geojson';
import { useEffect, useState } from 'react';
import { GeoJSON, Pane, TileLayer } from 'react-leaflet';
import type { BaseLayerConfig } from './useBasemap';

export const MAP_MAX_ZOOM = 18;

const OUTLINE_STYLE = { color: '#6b7280', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 } as const;

// One fetch per outline URL for the whole session: the file is small and never changes while the app runs.
const outlineCache = new Map<string, Promise<FeatureCollection | null>>();

function loadOutline(url: string): Promise<FeatureCollection | null> {
  let pending = outlineCache.get(url);
  if (!pending) {
    pending = fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<FeatureCollection>) : null))
      .catch(() => null);
    outlineCache.set(url, pending);
  }
  return pending;
}

/**
 * The base map: the bundled outline of France always (in a pane under the tiles, so that it shows wherever tiles
 * are missing or offline), and on top the tile layer basemap.status names — online tiles from the settings or the
 * administrator's MBTiles served by the app. Markers never wait on any of it.
 */
export function BaseLayers({ config }: { config: BaseLayerConfig }) {
  const [outline, setOutline] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    let live = true;
    void loadOutline(config.outlineUrl).then((data) => {
      if (live) setOutline(data);
    });
    return () => {
      live = false;
    };
  }, [config.outlineUrl]);

  return (
    <>
      <Pane name="outline" style={{ zIndex: 150 }}>
        {outline && (
          <GeoJSON
            key={`${config.outlineUrl} ${config.tileUrlTemplate ?? ''}`}
            data={outline}
            style={OUTLINE_STYLE}
            interactive={false}
            attribution={config.tileUrlTemplate ? undefined : config.attribution}
          />
        )}
      </Pane>
      {config.tileUrlTemplate && (
        <TileLayer
          key={config.tileUrlTemplate}
          url={config.tileUrlTemplate}
          attribution={config.attribution}
          maxZoom={MAP_MAX_ZOOM}
          // Tile sets (MBTiles especially) often stop before zoom 18: enlarge the last level instead of a blank map.
          maxNativeZoom={Math.min(config.maxZoom, MAP_MAX_ZOOM)}
        />
      )}
    </>
  );
}
