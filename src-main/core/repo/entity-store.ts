import type { Knex } from 'knex';
import { appendChange } from './change-log';

/**
 * The single write path for synced tables (DESIGN.md §5): each insert, update and delete writes the row and its
 * change record in one transaction. Rows use snake_case columns, an `id`, `updated_at` and a `deleted_at`
 * tombstone; deletes never remove the row.
 */
export class EntityStore {
  constructor(
    private readonly deviceId: string,
    private readonly entity: string,
    private readonly table: string,
  ) {}

  async insert(trx: Knex.Transaction, row: Record<string, unknown> & { id: string }, at: string): Promise<void> {
    await trx(this.table).insert({ ...row, updated_at: at });
    const { id, ...fields } = row;
    await appendChange(trx, this.deviceId, { entity: this.entity, entityId: id, op: 'insert', fields, at });
  }

  /** Writes only the fields that really change; returns false (and records nothing) when none does. */
  async update(trx: Knex.Transaction, id: string, patch: Record<string, unknown>, at: string): Promise<boolean> {
    const current = await trx(this.table).where({ id }).whereNull('deleted_at').first();
    if (!current) return false;
    const changed: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(patch)) {
      if (value !== undefined && !sameValue(current[column], value)) changed[column] = value;
    }
    if (Object.keys(changed).length === 0) return false;
    await trx(this.table)
      .where({ id })
      .update({ ...changed, updated_at: at });
    await appendChange(trx, this.deviceId, { entity: this.entity, entityId: id, op: 'update', fields: changed, at });
    return true;
  }

  async tombstone(trx: Knex.Transaction, id: string, at: string): Promise<boolean> {
    const updated = await trx(this.table)
      .where({ id })
      .whereNull('deleted_at')
      .update({ deleted_at: at, updated_at: at });
    if (updated === 0) return false;
    await appendChange(trx, this.deviceId, { entity: this.entity, entityId: id, op: 'delete', fields: {}, at });
    return true;
  }
}

/** SQLite returns booleans as 0/1. */
function sameValue(stored: unknown, next: unknown): boolean {
  if (typeof next === 'boolean') return Boolean(stored) === next;
  return stored === next;
}
