import type { Knex } from 'knex';
import { uuidv7 } from '../util/uuid7';

/** Each database belongs to one device; its id is made once and stamps every change record. */
export async function ensureDeviceId(knex: Knex): Promise<string> {
  const row = await knex('meta').where({ key: 'device_id' }).first();
  if (row) return row.value as string;
  const id = uuidv7();
  await knex('meta').insert({ key: 'device_id', value: id });
  return id;
}

/** Lamport clock of this device: every change record takes the next value, inside the writer's transaction. */
export async function nextLogicalClock(trx: Knex.Transaction): Promise<number> {
  const row = await trx('meta').where({ key: 'clock' }).first();
  const next = (row ? Number(row.value) : 0) + 1;
  if (row)
    await trx('meta')
      .where({ key: 'clock' })
      .update({ value: String(next) });
  else await trx('meta').insert({ key: 'clock', value: String(next) });
  return next;
}
