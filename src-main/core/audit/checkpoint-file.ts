import { sign, verify, createHash } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AnchorBrokenError, type AuditAnchor, type AuditCheckpoint, type AuditHead } from './audit-anchor';
import type { DeviceKey } from './device-key';

export const CHECKPOINT_FILE = 'audit-checkpoints.jsonl';
const FIRST_PREV = '0'.repeat(64);

/** What the device key signs: every field but the signature, in a fixed order. */
function signedBytes(line: Omit<AuditCheckpoint, 'signature'>): Buffer {
  return Buffer.from(JSON.stringify([line.seq, line.headHash, line.count, line.at, line.prevLineHash]), 'utf8');
}

function lineHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function isCheckpoint(value: unknown): value is AuditCheckpoint {
  const v = value as Record<string, unknown> | null;
  return (
    !!v &&
    Number.isInteger(v.seq) &&
    typeof v.headHash === 'string' &&
    Number.isInteger(v.count) &&
    typeof v.at === 'string' &&
    typeof v.prevLineHash === 'string' &&
    typeof v.signature === 'string'
  );
}

/**
 * The local anchor: an append-only file of signed checkpoints beside the database, one JSON line each, every line
 * linked to the one before by its hash, so that a line edited, removed from the middle or re-ordered is seen.
 * Removing the last lines, or the file with the key, is not seen here: the hub and the printed export are for that.
 */
export class CheckpointFile implements AuditAnchor {
  readonly path: string;

  /** `mustExist`: the device key existed before this open, so a missing file means it was removed. */
  constructor(
    dataDir: string,
    private readonly key: DeviceKey,
    private readonly mustExist = !key.created,
  ) {
    this.path = join(dataDir, CHECKPOINT_FILE);
  }

  async publish(head: AuditHead): Promise<AuditCheckpoint> {
    const lines = this.readLines();
    const unsigned = { ...head, prevLineHash: lines.length ? lineHash(lines[lines.length - 1]!) : FIRST_PREV };
    const signature = sign(null, signedBytes(unsigned), this.key.privateKey).toString('base64');
    const checkpoint: AuditCheckpoint = {
      seq: unsigned.seq,
      headHash: unsigned.headHash,
      count: unsigned.count,
      at: unsigned.at,
      prevLineHash: unsigned.prevLineHash,
      signature,
    };
    const fd = openSync(this.path, 'a', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(checkpoint)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(this.path, 0o600);
    return checkpoint;
  }

  async latest(): Promise<AuditCheckpoint | null> {
    return this.readAll().at(-1) ?? null;
  }

  /** Every checkpoint, each checked (signature, link, order); throws `AnchorBrokenError` at the first bad one. */
  readAll(): AuditCheckpoint[] {
    const lines = this.readLines();
    const checkpoints: AuditCheckpoint[] = [];
    let prev = FIRST_PREV;
    let prevSeq = -1;
    lines.forEach((text, index) => {
      const where = `Fichier des points de contrôle du journal d’audit, ligne ${index + 1}`;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new AnchorBrokenError(`${where} : illisible.`);
      }
      if (!isCheckpoint(parsed)) throw new AnchorBrokenError(`${where} : illisible.`);
      if (parsed.prevLineHash !== prev) {
        throw new AnchorBrokenError(`${where} : ne suit pas la ligne précédente (ligne supprimée ou modifiée).`);
      }
      const signed = verify(null, signedBytes(parsed), this.key.publicKey, Buffer.from(parsed.signature, 'base64'));
      if (!signed) throw new AnchorBrokenError(`${where} : signature invalide pour la clé de ce poste.`);
      if (parsed.seq < prevSeq) throw new AnchorBrokenError(`${where} : revient en arrière dans le journal.`);
      checkpoints.push(parsed);
      prev = lineHash(text);
      prevSeq = parsed.seq;
    });
    return checkpoints;
  }

  private readLines(): string[] {
    if (!existsSync(this.path)) {
      if (this.mustExist) {
        throw new AnchorBrokenError(
          'Le fichier des points de contrôle du journal d’audit a disparu alors que la clé de ce poste existe.',
        );
      }
      return [];
    }
    const text = readFileSync(this.path, 'utf8');
    return text.split('\n').filter((line) => line.length > 0);
  }
}
