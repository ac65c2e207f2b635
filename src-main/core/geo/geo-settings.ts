import type { Knex } from 'knex';
import { AppError } from '@shared/errors';
import {
  BASE_LAYERS,
  DEFAULT_ADDRESS_API_URL,
  DEFAULT_TILE_ATTRIBUTION,
  DEFAULT_TILE_URL,
  updateGeoSettingsInput,
  type BaseLayer,
  type GeoSettings,
} from '@shared/schemas/geo';
import type { SettingsRepo } from '../repo/settings-repo';
import type { GeoRuntime } from './geo-runtime';
import type { z } from 'zod';

/** Stored in the office settings table (synced like the other settings), one key each. */
const KEYS = {
  tileUrlTemplate: 'geo.tileUrlTemplate',
  attribution: 'geo.attribution',
  addressApiUrl: 'geo.addressApiUrl',
  activeLayer: 'geo.activeLayer',
} as const satisfies Record<keyof GeoSettings, string>;

export const GEO_DEFAULTS: GeoSettings = {
  tileUrlTemplate: DEFAULT_TILE_URL,
  attribution: DEFAULT_TILE_ATTRIBUTION,
  addressApiUrl: DEFAULT_ADDRESS_API_URL,
  activeLayer: 'online',
};

/**
 * The geo settings with their defaults. A stored value that no longer passes validation (e.g. received from
 * another device running an older version) is replaced by its default rather than used.
 */
export async function readGeoSettings(repo: SettingsRepo, geo: GeoRuntime): Promise<GeoSettings> {
  const stored = await repo.getAll();
  const pick = <K extends keyof GeoSettings>(key: K): GeoSettings[K] => {
    const value = stored[KEYS[key]];
    if (value === undefined) return GEO_DEFAULTS[key];
    const checked = updateGeoSettingsInput.safeParse({ [key]: value });
    return checked.success && checked.data[key] !== undefined
      ? (checked.data[key] as GeoSettings[K])
      : GEO_DEFAULTS[key];
  };
  const settings: GeoSettings = {
    tileUrlTemplate: pick('tileUrlTemplate'),
    attribution: pick('attribution'),
    addressApiUrl: pick('addressApiUrl'),
    activeLayer: BASE_LAYERS.includes(stored[KEYS.activeLayer] as BaseLayer)
      ? (stored[KEYS.activeLayer] as BaseLayer)
      : GEO_DEFAULTS.activeLayer,
  };
  geo.rememberTileUrl(settings.tileUrlTemplate);
  return settings;
}

export type GeoSettingsUpdate = z.output<typeof updateGeoSettingsInput>;

/** Writes the given values in one transaction; 'mbtiles' can only be chosen once a file has been imported here. */
export async function writeGeoSettings(
  knex: Knex,
  repo: SettingsRepo,
  geo: GeoRuntime,
  update: GeoSettingsUpdate,
  at: string,
): Promise<GeoSettings> {
  if (update.activeLayer === 'mbtiles' && !(await geo.mbtiles.describe())) {
    throw new AppError(
      'CONFLICT',
      'Aucun fond de carte MBTiles n’a été importé sur ce poste : importez d’abord un fichier.',
      {
        fields: [{ path: 'activeLayer', message: 'Aucun fichier MBTiles importé sur ce poste.' }],
      },
    );
  }
  await knex.transaction(async (trx) => {
    for (const key of Object.keys(KEYS) as Array<keyof GeoSettings>) {
      const value = update[key];
      if (value !== undefined) await repo.set(trx, KEYS[key], value, at);
    }
  });
  return readGeoSettings(repo, geo);
}
