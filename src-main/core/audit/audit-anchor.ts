/** The head of the audit chain at one moment: what a checkpoint certifies. */
export interface AuditHead {
  /** Sequence number of the last entry. */
  seq: number;
  /** Hash of that entry (covers every entry before it through the chain). */
  headHash: string;
  /** Number of entries in the trail. */
  count: number;
  /** When the checkpoint was made (ISO 8601). */
  at: string;
}

/** A checkpoint as an anchor keeps it: the head, the link to the previous checkpoint, and the device's signature. */
export interface AuditCheckpoint extends AuditHead {
  /** SHA-256 of the previous checkpoint as stored (64 zeros for the first). */
  prevLineHash: string;
  /** Ed25519 signature by the device key of the fields above (base64). */
  signature: string;
}

/** The anchor's own record is unreadable or altered (bad signature, broken link, missing); the message is French. */
export class AnchorBrokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnchorBrokenError';
  }
}

/**
 * Somewhere outside the database that keeps the signed heads of the audit chain, so a rewritten database no longer
 * matches them (issue 11 item 2). Two implementations are meant: the append-only file beside the database on this
 * device (`checkpoint-file.ts`), and the sync hub (issue 13), which will receive each checkpoint when the device
 * syncs and keep it where no user of the desk can reach it. `AuditCheckpointer` publishes to an anchor and
 * `verifyAuditTrail` compares the chain with its latest checkpoint; the hub will be given to both beside the file.
 */
export interface AuditAnchor {
  /** Signs and keeps a new checkpoint after the previous one; returns it as kept. */
  publish(head: AuditHead): Promise<AuditCheckpoint>;
  /**
   * The latest checkpoint kept, or null when none was ever kept. Throws `AnchorBrokenError` when the anchor's
   * record has been tampered with, so a caller never trusts a checkpoint it could not check.
   */
  latest(): Promise<AuditCheckpoint | null>;
}
