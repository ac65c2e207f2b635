import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '@shared/errors';
import { formatWaitFr } from '@shared/wait-duration';
import type { Clock } from '../util/clock';
import { writeFileAtomic } from '../util/atomic-file';

export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_SECONDS = 30;
/** Long enough to make guessing slow, short enough that a few wrong guesses cannot keep the real user out. */
export const MAX_DELAY_SECONDS = 5 * 60;

interface Attempts {
  failures: number;
  lastFailureAt: number;
}

/** A failed attempt made while the database was closed, to be copied into the audit trail at the next login. */
export interface PendingFailure {
  username: string;
  at: number;
  method: string;
}

interface ThrottleFile {
  attempts: Record<string, Attempts>;
  pending: PendingFailure[];
}

/** Seconds to wait after `failures` consecutive failures: none for the first five, then doubling from 30 s to 5 min. */
export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS));
}

/**
 * Slows down passphrase guessing per username. Kept in a file beside the database so that restarting the app
 * does not reset the count.
 */
export class LoginThrottle {
  private data: ThrottleFile;

  constructor(
    private readonly path: string,
    private readonly clock: Clock,
  ) {
    this.data = { attempts: {}, pending: [] };
    if (existsSync(path)) {
      try {
        const parsed = JSON.parse(readFileSync(path, 'utf8')) as ThrottleFile;
        this.data = { attempts: parsed.attempts ?? {}, pending: parsed.pending ?? [] };
      } catch {
        // A damaged file only loses the counts; it must not stop anyone from logging in.
      }
    }
  }

  /** Throws LOCKED with the wait in seconds when this username must wait before trying again. */
  check(username: string): void {
    const attempts = this.data.attempts[username];
    if (!attempts) return;
    const waitUntil = attempts.lastFailureAt + delayAfter(attempts.failures) * 1000;
    const remaining = Math.ceil((waitUntil - this.clock.now()) / 1000);
    if (remaining > 0) {
      throw new AppError('LOCKED', `Trop de tentatives infructueuses. Réessayez dans ${formatWaitFr(remaining)}.`, {
        retryAfterSeconds: remaining,
      });
    }
  }

  recordFailure(username: string, method: string, keepForAudit: boolean): void {
    const previous = this.data.attempts[username];
    const now = this.clock.now();
    this.data.attempts[username] = { failures: (previous?.failures ?? 0) + 1, lastFailureAt: now };
    if (keepForAudit) this.data.pending = [...this.data.pending.slice(-999), { username, at: now, method }];
    this.save();
  }

  recordSuccess(username: string): void {
    if (!this.data.attempts[username]) return;
    delete this.data.attempts[username];
    this.save();
  }

  /** An administrator lifts the wait for an account; true when there was a count to clear. */
  clear(username: string): boolean {
    if (!this.data.attempts[username]) return false;
    delete this.data.attempts[username];
    this.save();
    return true;
  }

  pendingFailures(): PendingFailure[] {
    return [...this.data.pending];
  }

  /** Called once the failures are safely in the audit trail, never before. */
  clearPendingFailures(): void {
    if (this.data.pending.length === 0) return;
    this.data.pending = [];
    this.save();
  }

  private save(): void {
    writeFileAtomic(this.path, JSON.stringify(this.data));
  }
}
