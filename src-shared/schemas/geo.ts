import { z } from 'zod';

/**
 * Base layers, tiles and geocoding of the map (DESIGN.md §7). Pure: the URL checks are regular expressions so that
 * the renderer can run the same validation before sending.
 */

export const BASE_LAYERS = ['online', 'mbtiles', 'fallback'] as const;
export type BaseLayer = (typeof BASE_LAYERS)[number];

/** IGN Géoplateforme, plan IGN v2, Web Mercator WMTS addressed like an XYZ tile server. */
export const DEFAULT_TILE_URL =
  'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&FORMAT=image/png';
export const DEFAULT_TILE_ATTRIBUTION = '© IGN – Géoplateforme';
export const DEFAULT_ADDRESS_API_URL = 'https://api-adresse.data.gouv.fr';
export const FALLBACK_ATTRIBUTION = 'Contour simplifié de la France (TIG Desk), hors ligne';

/** App-relative addresses served by both hosts (browser host and Electron's app://tigdesk). */
export const LOCAL_TILE_PATH = '/tiles/{z}/{x}/{y}';
export const OUTLINE_PATH = '/basemap/outline.geojson';

const HOST = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*';
const PORT = '(?::\\d{1,5})?';
/** https on any host, or plain http on the loopback address only (local test servers). */
const ORIGIN = `(?:https://${HOST}${PORT}|http://127\\.0\\.0\\.1${PORT})`;
const ORIGIN_PATTERN = new RegExp(`^${ORIGIN}$`, 'i');
// Path and query: printable ASCII without spaces, quotes, angle brackets, backslashes or backticks.
const TILE_URL_PATTERN = new RegExp(`^${ORIGIN}/[!#-&(-;=?-\\[\\]-_a-~]*$`, 'i');
const API_URL_PATTERN = new RegExp(`^${ORIGIN}(?:/[A-Za-z0-9._~%-]+)*/?$`, 'i');

/** The scheme, host and port of a URL accepted by the patterns above. */
export function urlOrigin(url: string): string {
  const match = new RegExp(`^${ORIGIN}`, 'i').exec(url);
  return match ? match[0].toLowerCase() : '';
}

export function isSecureOrigin(origin: string): boolean {
  return ORIGIN_PATTERN.test(origin) && origin.toLowerCase().startsWith('https://');
}

const tileUrlTemplate = z
  .string()
  .trim()
  .max(1000, { message: 'L’adresse des tuiles ne peut dépasser 1000 caractères.' })
  .refine((value) => TILE_URL_PATTERN.test(value), {
    message:
      'Adresse des tuiles invalide : une adresse https:// complète est attendue (http:// seulement sur 127.0.0.1).',
  })
  .refine((value) => ['{z}', '{x}', '{y}'].every((part) => value.includes(part)), {
    message: 'L’adresse des tuiles doit contenir {z}, {x} et {y}.',
  })
  .refine((value) => (value.match(/[{}]/g) ?? []).length === (value.match(/\{[xyz]\}/g) ?? []).length * 2, {
    message: 'L’adresse des tuiles ne peut contenir que les variables {z}, {x} et {y}.',
  });

const attribution = z
  .string()
  .trim()
  .min(1, { message: 'La mention de la source des fonds de carte est obligatoire.' })
  .max(300, { message: 'La mention de la source ne peut dépasser 300 caractères.' })
  .refine((value) => !/[<>]/.test(value), { message: 'La mention de la source est du texte simple (sans < ni >).' });

const addressApiUrl = z
  .string()
  .trim()
  .max(500, { message: 'L’adresse du service de géocodage ne peut dépasser 500 caractères.' })
  .refine((value) => value === '' || API_URL_PATTERN.test(value), {
    message:
      'Adresse du service de géocodage invalide : une adresse https:// sans paramètres est attendue (http:// seulement sur 127.0.0.1), ou vide pour ne géocoder qu’hors ligne.',
  })
  .transform((value) => value.replace(/\/+$/, ''));

export const geoSettingsSchema = z.object({
  /** Online raster tiles, XYZ order. */
  tileUrlTemplate: z.string(),
  attribution: z.string(),
  /** Base of an API speaking the French national address API format; '' turns online geocoding off. */
  addressApiUrl: z.string(),
  /** The layer the administrator chose; basemap.status says which one is actually drawn on this device. */
  activeLayer: z.enum(BASE_LAYERS),
});
export type GeoSettings = z.infer<typeof geoSettingsSchema>;

export const updateGeoSettingsInput = z
  .object({
    tileUrlTemplate: tileUrlTemplate.optional(),
    attribution: attribution.optional(),
    addressApiUrl: addressApiUrl.optional(),
    activeLayer: z
      .enum(BASE_LAYERS, { message: 'Fond de carte inconnu : en ligne, MBTiles ou contour simplifié.' })
      .optional(),
  })
  .strict();

export const boundsSchema = z.object({ west: z.number(), south: z.number(), east: z.number(), north: z.number() });
export type Bounds = z.infer<typeof boundsSchema>;

export const mbtilesInfoSchema = z.object({
  name: z.string(),
  format: z.enum(['png', 'jpg', 'webp']),
  minzoom: z.number().int(),
  maxzoom: z.number().int(),
  bounds: boundsSchema,
  center: z.object({ longitude: z.number(), latitude: z.number(), zoom: z.number().int() }),
  attribution: z.string().nullable(),
  sizeBytes: z.number().int(),
});
export type MbtilesInfo = z.infer<typeof mbtilesInfoSchema>;

export const basemapStatusSchema = z.object({
  /** The layer to draw now: the chosen one, or the fallback outline when it is not available here. */
  active: z.enum(BASE_LAYERS),
  preferred: z.enum(BASE_LAYERS),
  /** XYZ template for the tile layer: the online URL, the app-relative local one, or null (outline only). */
  tileUrlTemplate: z.string().nullable(),
  attribution: z.string(),
  minZoom: z.number().int(),
  maxZoom: z.number().int(),
  /** App-relative address of the bundled GeoJSON outline, always available. */
  outlineUrl: z.string(),
  mbtiles: mbtilesInfoSchema.nullable(),
});
export type BasemapStatus = z.infer<typeof basemapStatusSchema>;

export const importMbtilesInput = z
  .object({
    path: z
      .string({ message: 'Indiquez le chemin du fichier MBTiles.' })
      .trim()
      .min(1, { message: 'Indiquez le chemin du fichier MBTiles.' })
      .max(4096, { message: 'Chemin trop long.' })
      .refine((value) => !value.includes('\0'), { message: 'Chemin invalide.' }),
  })
  .strict();

/**
 * Whose address is looked up. A person's home address stays on this PC unless the administrator allows otherwise;
 * hosts' and posts' addresses (organisations) may go to the address API. Undeclared means a person's.
 */
export const GEOCODE_PURPOSES = ['person', 'host', 'post'] as const;
export type GeocodePurpose = (typeof GEOCODE_PURPOSES)[number];

export const geocodeInput = z
  .object({
    query: z
      .string({ message: 'Saisissez une adresse ou une commune.' })
      .trim()
      .min(2, { message: 'Saisissez au moins 2 caractères.' })
      .max(200, { message: 'L’adresse ne peut dépasser 200 caractères.' }),
    limit: z
      .number({ message: 'Indiquez un nombre de résultats.' })
      .int({ message: 'Indiquez un nombre entier de résultats.' })
      .min(1, { message: 'Au moins 1 résultat.' })
      .max(20, { message: 'Au plus 20 résultats.' })
      .default(5),
    purpose: z.enum(GEOCODE_PURPOSES, { message: 'Usage de l’adresse inconnu.' }).default('person'),
  })
  .strict();

export const geocodeResultSchema = z.object({
  label: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  /** 0 to 1, higher is better. */
  score: z.number(),
  source: z.enum(['api', 'gazetteer']),
});
export type GeocodeResult = z.infer<typeof geocodeResultSchema>;

export const importGazetteerInput = z
  .object({
    fileName: z.string().trim().min(1, { message: 'Nom de fichier manquant.' }).max(260),
    content: z.string().max(8 * 1024 * 1024, { message: 'Fichier trop volumineux (8 Mio au plus).' }),
  })
  .strict();

export const gazetteerReportSchema = z.object({
  /** Communes now in the gazetteer (the previous content is replaced). */
  imported: z.number().int(),
  /** Refused rows, at most the first 200. */
  errors: z.array(z.object({ line: z.number().int(), reasons: z.array(z.string()) })),
  errorCount: z.number().int(),
});
export type GazetteerReport = z.infer<typeof gazetteerReportSchema>;

export const gazetteerStatusSchema = z.object({ communes: z.number().int() });
