import type { Knex } from 'knex';
import { nextLogicalClock } from './device';
import { uuidv7 } from '../util/uuid7';

export type ChangeOp = 'insert' | 'update' | 'delete';

export interface ChangeRecord {
  seq: number;
  mutationId: string;
  entity: string;
  entityId: string;
  op: ChangeOp;
  fields: Record<string, unknown>;
  deviceId: string;
  clock: number;
  at: string;
}

export interface ChangeInput {
  entity: string;
  entityId: string;
  op: ChangeOp;
  fields: Record<string, unknown>;
  at: string;
}

/** Appends the change record that sync will push; must run in the same transaction as the write it describes. */
export async function appendChange(trx: Knex.Transaction, deviceId: string, change: ChangeInput): Promise<void> {
  const clock = await nextLogicalClock(trx);
  await trx('change_log').insert({
    mutation_id: uuidv7(),
    entity: change.entity,
    entity_id: change.entityId,
    op: change.op,
    fields: JSON.stringify(change.fields),
    device_id: deviceId,
    clock,
    at: change.at,
  });
}

export async function listChanges(knex: Knex, afterSeq = 0): Promise<ChangeRecord[]> {
  const rows = await knex('change_log').where('seq', '>', afterSeq).orderBy('seq');
  return rows.map((row) => ({
    seq: row.seq,
    mutationId: row.mutation_id,
    entity: row.entity,
    entityId: row.entity_id,
    op: row.op,
    fields: JSON.parse(row.fields),
    deviceId: row.device_id,
    clock: row.clock,
    at: row.at,
  }));
}
