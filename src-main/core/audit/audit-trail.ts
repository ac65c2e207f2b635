import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { AuditEntry, AuditVerification } from '@shared/schemas/audit';

/** What the chain alone can tell; the checkpoints add the rest (audit-verification.ts). */
export type ChainVerification = Omit<AuditVerification, 'lastCheckpoint'>;

export interface AuditRecord {
  at: string;
  userId: string | null;
  username: string | null;
  role: string | null;
  method: string;
  entityIds: string[];
  outcome: AuditEntry['outcome'];
  errorCode: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);
const HEAD_KEY = 'audit_head';

/** The hashed content of one entry: every field, in a fixed order, chained to the previous hash. */
export function entryHash(prevHash: string, seq: number, record: AuditRecord): string {
  const canonical = JSON.stringify([
    seq,
    record.at,
    record.userId,
    record.username,
    record.role,
    record.method,
    record.entityIds,
    record.outcome,
    record.errorCode,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export interface AuditRow {
  seq: number;
  at: string;
  user_id: string | null;
  username: string | null;
  role: string | null;
  method: string;
  entity_ids: string;
  outcome: AuditEntry['outcome'];
  error_code: string | null;
  prev_hash: string;
  hash: string;
}

export function toRecord(row: AuditRow): AuditRecord {
  return {
    at: row.at,
    userId: row.user_id,
    username: row.username,
    role: row.role,
    method: row.method,
    entityIds: JSON.parse(row.entity_ids),
    outcome: row.outcome,
    errorCode: row.error_code,
  };
}

/**
 * Append-only, hash-chained audit trail (DESIGN.md §5). Each entry's hash covers its content and the previous
 * hash; the head (last seq and hash) is kept in `meta`, so an edited, removed or truncated entry is detected.
 */
export class AuditTrail {
  constructor(private readonly knex: Knex) {}

  async append(record: AuditRecord): Promise<void> {
    await this.knex.transaction(async (trx) => {
      const head = await trx('meta').where({ key: HEAD_KEY }).first();
      const { seq: lastSeq, hash: prevHash } = head
        ? (JSON.parse(head.value) as { seq: number; hash: string })
        : { seq: 0, hash: GENESIS_HASH };
      const seq = lastSeq + 1;
      const hash = entryHash(prevHash, seq, record);
      await trx('audit_log').insert({
        seq,
        at: record.at,
        user_id: record.userId,
        username: record.username,
        role: record.role,
        method: record.method,
        entity_ids: JSON.stringify(record.entityIds),
        outcome: record.outcome,
        error_code: record.errorCode,
        prev_hash: prevHash,
        hash,
      });
      const value = JSON.stringify({ seq, hash });
      if (head) await trx('meta').where({ key: HEAD_KEY }).update({ value });
      else await trx('meta').insert({ key: HEAD_KEY, value });
    });
  }

  async list(options: { beforeSeq?: number; limit: number }): Promise<{ entries: AuditEntry[]; total: number }> {
    let query = this.knex<AuditRow>('audit_log').orderBy('seq', 'desc').limit(options.limit);
    if (options.beforeSeq) query = query.where('seq', '<', options.beforeSeq);
    const rows = await query;
    const total = await this.knex('audit_log').count({ n: '*' }).first();
    return { entries: rows.map((row) => ({ seq: row.seq, ...toRecord(row) })), total: Number(total?.n ?? 0) };
  }

  /** The head as the database records it (seq 0 and the genesis hash for an empty trail). */
  async head(): Promise<{ seq: number; hash: string }> {
    const head = await this.knex('meta').where({ key: HEAD_KEY }).first();
    return head ? (JSON.parse(head.value) as { seq: number; hash: string }) : { seq: 0, hash: GENESIS_HASH };
  }

  async count(): Promise<number> {
    const total = await this.knex('audit_log').count({ n: '*' }).first();
    return Number(total?.n ?? 0);
  }

  /** The stored hash of entry `seq` (the genesis hash for 0), or null when there is no such entry. */
  async hashAt(seq: number): Promise<string | null> {
    if (seq === 0) return GENESIS_HASH;
    const row = await this.knex<AuditRow>('audit_log').where({ seq }).first('hash');
    return row?.hash ?? null;
  }

  /** Walks the whole chain in pages; reports the first entry that was altered, removed or added behind its back. */
  async verify(): Promise<ChainVerification> {
    const pageSize = 5000;
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    const fail = (seq: number, problem: string): ChainVerification => ({
      ok: false,
      checked,
      firstBadSeq: seq,
      problem,
    });
    for (;;) {
      const rows = await this.knex<AuditRow>('audit_log')
        .where('seq', '>=', expectedSeq)
        .orderBy('seq')
        .limit(pageSize);
      for (const row of rows) {
        if (row.seq !== expectedSeq) return fail(expectedSeq, `Entrée n° ${expectedSeq} manquante.`);
        if (row.prev_hash !== prevHash || entryHash(prevHash, row.seq, toRecord(row)) !== row.hash) {
          return fail(row.seq, `Entrée n° ${row.seq} modifiée.`);
        }
        prevHash = row.hash;
        expectedSeq += 1;
        checked += 1;
      }
      if (rows.length < pageSize) break;
    }
    const head = await this.knex('meta').where({ key: HEAD_KEY }).first();
    const anchored = head ? (JSON.parse(head.value) as { seq: number; hash: string }) : { seq: 0, hash: GENESIS_HASH };
    if (anchored.seq !== checked || anchored.hash !== prevHash) {
      return fail(checked + 1, `Le journal s'arrête à l'entrée n° ${checked} alors qu'il en comptait ${anchored.seq}.`);
    }
    return { ok: true, checked, firstBadSeq: null, problem: null };
  }
}
