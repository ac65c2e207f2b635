import type { Knex } from 'knex';
import { appendChange } from './change-log';

/** Key-value settings of the office, JSON-encoded; every write is recorded for sync like any entity. */
export class SettingsRepo {
  constructor(
    private readonly knex: Knex,
    private readonly deviceId: string,
  ) {}

  async getAll(): Promise<Record<string, unknown>> {
    const rows = await this.knex('settings').select('key', 'value');
    return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value)]));
  }

  async set(trx: Knex.Transaction, key: string, value: unknown, at: string): Promise<boolean> {
    const encoded = JSON.stringify(value);
    const current = await trx('settings').where({ key }).first();
    if (current?.value === encoded) return false;
    if (current) await trx('settings').where({ key }).update({ value: encoded, updated_at: at });
    else await trx('settings').insert({ key, value: encoded, updated_at: at });
    await appendChange(trx, this.deviceId, {
      entity: 'setting',
      entityId: key,
      op: current ? 'update' : 'insert',
      fields: { value },
      at,
    });
    return true;
  }
}
