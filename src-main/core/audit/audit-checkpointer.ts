import type { AuditAnchor, AuditCheckpoint } from './audit-anchor';
import type { AuditTrail } from './audit-trail';

/**
 * Entries between two checkpoints. Every entry written since the last checkpoint is protected by the chain alone
 * until the next one: 20 bounds what a crash (no sign-out) leaves unanchored, for one signature and one small
 * synced file append per 20 calls. A checkpoint is also made at sign-in, sign-out, lock and close, so a desk left
 * closed has its whole trail anchored, which is when someone could open the database with the app's key.
 */
export const CHECKPOINT_EVERY = 20;

/** Publishes the head of the audit trail to its anchor at the cadence above, never a head that forks from it. */
export class AuditCheckpointer {
  /** The anchor's latest checkpoint as last read or published by this session (undefined: not read yet). */
  private last: AuditCheckpoint | null | undefined;

  constructor(
    private readonly trail: AuditTrail,
    private readonly anchor: AuditAnchor,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** Called after each call has committed: a checkpoint when enough entries were written since the last one. */
  async afterCall(): Promise<void> {
    const { seq } = await this.trail.head();
    const last = await this.lastCheckpoint();
    if (last === false) return;
    if (seq - (last?.seq ?? 0) >= CHECKPOINT_EVERY) await this.checkpoint();
  }

  /**
   * Anchors the current head, unless it is already anchored or does not extend the last checkpoint (a rewritten
   * or older database): then nothing is published, so a fork is never signed, and `audit.verify` reports it.
   */
  async checkpoint(): Promise<AuditCheckpoint | null> {
    const last = await this.lastCheckpoint();
    if (last === false) return null;
    const head = await this.trail.head();
    if (last) {
      if (head.seq === last.seq && head.hash === last.headHash) return last;
      if (head.seq < last.seq || (await this.trail.hashAt(last.seq)) !== last.headHash) return null;
    }
    const count = await this.trail.count();
    this.last = await this.anchor.publish({ seq: head.seq, headHash: head.hash, count, at: this.now() });
    return this.last;
  }

  /** false when the anchor's record is broken: nothing is published over it. */
  private async lastCheckpoint(): Promise<AuditCheckpoint | null | false> {
    if (this.last !== undefined) return this.last;
    try {
      this.last = await this.anchor.latest();
      return this.last;
    } catch {
      return false;
    }
  }
}
