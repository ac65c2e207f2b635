import type { HandlerMap } from '../handler';
import type { geoContract } from '@shared/rpc/geo-contract';
import { readGeoSettings, writeGeoSettings } from '@core/geo/geo-settings';
import { currentBasemap, importMbtiles } from '@core/geo/basemap-service';
import { geocode } from '@core/geo/geocoder';
import { gazetteerSize, importGazetteer } from '@core/geo/gazetteer';
import { isoNow } from '@core/util/clock';
import { readSettings } from '@core/services/settings-service';

export const geoHandlers: HandlerMap<keyof typeof geoContract> = {
  'geo.getSettings': (_input, { sessions, geo }) => readGeoSettings(sessions.current().settings, geo),
  'geo.updateSettings': (input, { sessions, geo, clock }) => {
    const session = sessions.current();
    return writeGeoSettings(session.db.knex, session.settings, geo, input, isoNow(clock));
  },
  'basemap.status': (_input, { sessions, geo }) => currentBasemap(sessions.current(), geo),
  'basemap.importMbtiles': (input, { sessions, geo, clock }) =>
    importMbtiles(sessions.current(), geo, input.path, isoNow(clock)),
  'geo.geocode': async (input, { sessions, geo }) => {
    const session = sessions.current();
    const settings = await readGeoSettings(session.settings, geo);
    // A person's home address leaves the PC only when the administrator has allowed it.
    const online =
      input.purpose !== 'person' || (await readSettings(session.settings)).personAddressesOnline
        ? settings.addressApiUrl
        : '';
    return geocode(
      { knex: session.db.knex, addressApiUrl: online, timeoutMs: geo.geocodeTimeoutMs },
      input.query,
      input.limit,
    );
  },
  'geo.importGazetteer': (input, { sessions }) => importGazetteer(sessions.current().db.knex, input.content),
  'geo.gazetteerStatus': async (_input, { sessions }) => ({
    communes: await gazetteerSize(sessions.current().db.knex),
  }),
};
