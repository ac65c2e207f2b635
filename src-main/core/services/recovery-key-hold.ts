import { AppError } from '@shared/errors';
import type { Clock } from '../util/clock';

/** How long a freshly made recovery key may still be printed. */
export const RECOVERY_SHEET_WINDOW_MS = 15 * 60_000;

export interface HeldRecoveryKey {
  recoveryKey: string;
  /** The administrator who made it (at setup or by renewing it). */
  userId: string;
  /** ISO instant the key was made. */
  madeAt: string;
}

/**
 * The one moment the recovery key exists in clear outside the keyring: right after it is made, so that its sheet
 * can be printed once. Taken by the first print; dropped when the session locks or ends, or after 15 minutes.
 */
export class RecoveryKeyHold {
  private held: (HeldRecoveryKey & { expiresAt: number }) | null = null;

  constructor(private readonly clock: Clock) {}

  keep(key: HeldRecoveryKey): void {
    this.held = { ...key, expiresAt: this.clock.now() + RECOVERY_SHEET_WINDOW_MS };
  }

  /**
   * Lends the key, once, to the administrator who made it, for the time of printing its sheet: kept when the
   * sheet is made, given back when it could not be.
   */
  async lend<T>(userId: string, use: (key: HeldRecoveryKey) => Promise<T>): Promise<T> {
    const expiresAt = this.held?.expiresAt ?? 0;
    const key = this.take(userId);
    try {
      return await use(key);
    } catch (error) {
      if (!this.held) this.held = { ...key, expiresAt };
      throw error;
    }
  }

  private take(userId: string): HeldRecoveryKey {
    const held = this.held;
    if (!held || held.userId !== userId || this.clock.now() > held.expiresAt) {
      this.drop();
      throw new AppError(
        'CONFLICT',
        'La feuille de clé de secours ne s’imprime qu’une fois, juste après la création de la clé. Si elle est perdue, générez une nouvelle clé de secours (Paramètres → Sécurité).',
      );
    }
    this.held = null;
    return { recoveryKey: held.recoveryKey, userId: held.userId, madeAt: held.madeAt };
  }

  drop(): void {
    this.held = null;
  }
}
