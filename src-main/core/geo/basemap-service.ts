import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  FALLBACK_ATTRIBUTION,
  LOCAL_TILE_PATH,
  OUTLINE_PATH,
  type BasemapStatus,
  type GeoSettings,
} from '@shared/schemas/geo';
import { AppError } from '@shared/errors';
import type { OpenSession } from '../services/open-session';
import type { GeoRuntime } from './geo-runtime';
import { readGeoSettings, writeGeoSettings } from './geo-settings';
import { inspectMbtiles } from './mbtiles';

/** Zoom range offered for the online layer (the IGN plan goes to 19) and for the outline alone. */
const ONLINE_ZOOM = { min: 0, max: 19 } as const;
const FALLBACK_ZOOM = { min: 2, max: 12 } as const;

/** What the renderer draws on this device: the chosen layer, or the outline when the chosen one is not available. */
export async function basemapStatus(geo: GeoRuntime, settings: GeoSettings): Promise<BasemapStatus> {
  const local = await geo.mbtiles.describe();
  const preferred = settings.activeLayer;
  const active = preferred === 'mbtiles' && !local ? 'fallback' : preferred;
  const base = { active, preferred, outlineUrl: OUTLINE_PATH, mbtiles: local?.info ?? null };
  if (active === 'online') {
    return {
      ...base,
      tileUrlTemplate: settings.tileUrlTemplate,
      attribution: settings.attribution,
      minZoom: ONLINE_ZOOM.min,
      maxZoom: ONLINE_ZOOM.max,
    };
  }
  if (active === 'mbtiles' && local) {
    return {
      ...base,
      // The version changes with each import, so a browser never shows tiles cached from a previous file.
      tileUrlTemplate: `${LOCAL_TILE_PATH}?v=${local.version}`,
      attribution: local.info.attribution ?? `Fond de carte hors ligne : ${local.info.name}`,
      minZoom: local.info.minzoom,
      maxZoom: local.info.maxzoom,
    };
  }
  return {
    ...base,
    tileUrlTemplate: null,
    attribution: FALLBACK_ATTRIBUTION,
    minZoom: FALLBACK_ZOOM.min,
    maxZoom: FALLBACK_ZOOM.max,
  };
}

/**
 * Validates the file (read-only), copies it beside the database, swaps it in atomically and makes it the active
 * layer. A refused file changes nothing: neither the installed copy nor the settings.
 */
export async function importMbtiles(
  session: OpenSession,
  geo: GeoRuntime,
  path: string,
  at: string,
): Promise<BasemapStatus> {
  const source = resolve(path);
  await inspectMbtiles(source);
  if (source !== resolve(geo.mbtilesPath)) {
    const temporary = `${geo.mbtilesPath}.${process.pid}.import`;
    try {
      copyFileSync(source, temporary);
      // The copy is what will be served: check it too (a file changed while being copied is refused).
      await inspectMbtiles(temporary);
    } catch (error) {
      rmSync(temporary, { force: true });
      if (error instanceof AppError) throw error;
      throw new AppError(
        'CONFLICT',
        'Le fichier MBTiles n’a pas pu être copié dans le dossier de données (espace disque ?).',
      );
    }
    await geo.mbtiles.reset();
    renameSync(temporary, geo.mbtilesPath);
  }
  await geo.mbtiles.reset();
  const settings = await writeGeoSettings(session.db.knex, session.settings, geo, { activeLayer: 'mbtiles' }, at);
  return basemapStatus(geo, settings);
}

export async function currentBasemap(session: OpenSession, geo: GeoRuntime): Promise<BasemapStatus> {
  return basemapStatus(geo, await readGeoSettings(session.settings, geo));
}
