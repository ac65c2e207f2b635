import type { HandlerMap } from '../handler';
import { readSettings } from '@core/services/settings-service';
import { isoNow } from '@core/util/clock';

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update'> = {
  'settings.get': (_input, { sessions }) => readSettings(sessions.current().settings),
  'settings.update': async (input, { sessions, clock }) => {
    const session = sessions.current();
    const at = isoNow(clock);
    await session.db.knex.transaction(async (trx) => {
      if (input.serviceName !== undefined) await session.settings.set(trx, 'serviceName', input.serviceName, at);
      if (input.autoLockMinutes !== undefined)
        await session.settings.set(trx, 'autoLockMinutes', input.autoLockMinutes, at);
      if (input.personAddressesOnline !== undefined)
        await session.settings.set(trx, 'personAddressesOnline', input.personAddressesOnline, at);
    });
    const settings = await readSettings(session.settings);
    sessions.setAutoLockMinutes(settings.autoLockMinutes);
    if (input.serviceName !== undefined) sessions.keyringOrFail().setServiceName(settings.serviceName);
    return settings;
  },
};
