import type { Settings } from '@shared/schemas/settings';
import { AUTO_LOCK_DEFAULT } from '@shared/schemas/settings';
import type { SettingsRepo } from '../repo/settings-repo';

/** Reads the office settings with their defaults filled in. */
export async function readSettings(repo: SettingsRepo): Promise<Settings> {
  const stored = await repo.getAll();
  return {
    serviceName: typeof stored.serviceName === 'string' ? stored.serviceName : '',
    autoLockMinutes: typeof stored.autoLockMinutes === 'number' ? stored.autoLockMinutes : AUTO_LOCK_DEFAULT,
    // Only an explicit « true » stored by an administrator sends persons' addresses to the address API.
    personAddressesOnline: stored.personAddressesOnline === true,
  };
}
