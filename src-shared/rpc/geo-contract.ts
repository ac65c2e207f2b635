import { z } from 'zod';
import { method } from './method';
import type { Role } from '../roles';
import { emptyInput } from '../schemas/common';
import {
  basemapStatusSchema,
  gazetteerReportSchema,
  gazetteerStatusSchema,
  geocodeInput,
  geocodeResultSchema,
  geoSettingsSchema,
  importGazetteerInput,
  importMbtilesInput,
  updateGeoSettingsInput,
} from '../schemas/geo';

/** Who maintains the gazetteer of communes: the IT administrator and the référent territorial. */
const GAZETTEER_EDITORS: readonly Role[] = ['admin', 'referent'];

/**
 * Base layers and geocoding of the map (DESIGN.md §7). Tiles and the fallback outline are not RPC methods: both hosts
 * serve them as files at the app-relative addresses given by basemap.status (/tiles/{z}/{x}/{y},
 * /basemap/outline.geojson).
 */
export const geoContract = {
  'geo.getSettings': method({
    summary:
      'Paramètres cartographiques : fond de carte en ligne, mention de la source, service de géocodage, fond actif.',
    input: emptyInput,
    output: geoSettingsSchema,
    access: 'signed-in',
    audit: 'none',
  }),
  'geo.updateSettings': method({
    summary: 'Modifie les paramètres cartographiques.',
    input: updateGeoSettingsInput,
    output: geoSettingsSchema,
    access: ['admin'],
    audit: 'write',
  }),
  'basemap.status': method({
    summary:
      'Fond de carte à afficher sur ce poste : adresse des tuiles, mention de la source, fichier MBTiles importé.',
    input: emptyInput,
    output: basemapStatusSchema,
    access: 'signed-in',
    audit: 'none',
  }),
  'basemap.importMbtiles': method({
    summary: 'Importe un fond de carte hors ligne (fichier MBTiles de tuiles raster) et l’active.',
    input: importMbtilesInput,
    output: basemapStatusSchema,
    access: ['admin'],
    audit: 'write',
  }),
  'geo.geocode': method({
    summary: 'Recherche d’une adresse ou d’une commune : service en ligne, sinon répertoire des communes hors ligne.',
    input: geocodeInput,
    output: z.array(geocodeResultSchema),
    access: 'signed-in',
    audit: 'none',
  }),
  'geo.importGazetteer': method({
    summary:
      'Importe le répertoire des communes (CSV : code_insee;nom;code_postal;latitude;longitude) ; remplace le précédent.',
    input: importGazetteerInput,
    output: gazetteerReportSchema,
    access: GAZETTEER_EDITORS,
    audit: 'write',
  }),
  'geo.gazetteerStatus': method({
    summary: 'Nombre de communes du répertoire hors ligne.',
    input: emptyInput,
    output: gazetteerStatusSchema,
    access: 'signed-in',
    audit: 'none',
  }),
} as const;
