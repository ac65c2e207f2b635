import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '@shared/errors';
import { writeFileAtomic } from '../util/atomic-file';
import { STRONG_KDF, unwrapKey, wrapKey, type KdfParams, type WrappedKey } from './key-wrap';

/**
 * The keyring file beside the database (DESIGN.md §5): the random database key, wrapped once per user with that
 * user's passphrase and once with the recovery key. It never holds the key in clear.
 */
interface KeyringFile {
  format: 'tigdesk-keyring';
  version: 1;
  /** Shown on the login screen before any key is unwrapped. */
  serviceName: string;
  users: Record<string, { userId: string; wrapped: WrappedKey }>;
  recovery: WrappedKey;
  /** When the recovery key was made, and whether its administrator confirmed putting it away (absent in older files). */
  recoveryMadeAt?: string;
  recoveryConfirmed?: boolean;
}

const RECOVERY_AAD = 'recovery';
const userAad = (username: string) => `user:${username}`;

export class Keyring {
  private constructor(
    private readonly path: string,
    private data: KeyringFile,
    private readonly kdf: KdfParams,
  ) {}

  static exists(path: string): boolean {
    return existsSync(path);
  }

  static load(path: string, kdf: KdfParams = STRONG_KDF): Keyring {
    let parsed: KeyringFile;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8')) as KeyringFile;
    } catch {
      throw new AppError(
        'INTERNAL',
        `Le trousseau de clés (${path}) est illisible. Restaurez-le depuis une sauvegarde.`,
      );
    }
    if (parsed.format !== 'tigdesk-keyring' || parsed.version !== 1 || typeof parsed.users !== 'object') {
      throw new AppError('INTERNAL', `Le trousseau de clés (${path}) n'est pas reconnu par cette version de TIG Desk.`);
    }
    return new Keyring(path, parsed, kdf);
  }

  static async create(
    path: string,
    init: {
      serviceName: string;
      databaseKey: Buffer;
      recoveryKey: string;
      recoveryMadeAt: string;
      username: string;
      userId: string;
      passphrase: string;
    },
    kdf: KdfParams = STRONG_KDF,
  ): Promise<Keyring> {
    const [recovery, wrapped] = await Promise.all([
      wrapKey(init.databaseKey, init.recoveryKey, RECOVERY_AAD, kdf),
      wrapKey(init.databaseKey, init.passphrase, userAad(init.username), kdf),
    ]);
    const keyring = new Keyring(
      path,
      {
        format: 'tigdesk-keyring',
        version: 1,
        serviceName: init.serviceName,
        users: { [init.username]: { userId: init.userId, wrapped } },
        recovery,
        recoveryMadeAt: init.recoveryMadeAt,
        recoveryConfirmed: false,
      },
      kdf,
    );
    keyring.save();
    return keyring;
  }

  get serviceName(): string {
    return this.data.serviceName;
  }

  hasUser(username: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.data.users, username);
  }

  userIdOf(username: string): string | null {
    return this.hasUser(username) ? this.data.users[username]!.userId : null;
  }

  /** The database key, or null for an unknown user or a wrong passphrase (indistinguishable on purpose). */
  async unlockWithPassphrase(username: string, passphrase: string): Promise<Buffer | null> {
    const entry = this.hasUser(username) ? this.data.users[username] : undefined;
    if (!entry) {
      // Spend the same effort as a real attempt, so timing does not reveal which usernames exist.
      await wrapKey(Buffer.alloc(32), passphrase, 'decoy', this.kdf);
      return null;
    }
    return unwrapKey(entry.wrapped, passphrase, userAad(username));
  }

  async unlockWithRecoveryKey(recoveryKey: string): Promise<Buffer | null> {
    return unwrapKey(this.data.recovery, recoveryKey, RECOVERY_AAD);
  }

  /** Wraps the database key for a user (new user, passphrase change or reset), replacing any older copy. */
  async setUserPassphrase(databaseKey: Buffer, username: string, userId: string, passphrase: string): Promise<void> {
    const wrapped = await wrapKey(databaseKey, passphrase, userAad(username), this.kdf);
    this.data = { ...this.data, users: { ...this.data.users, [username]: { userId, wrapped } } };
    this.save();
  }

  /** A new recovery key wraps the database key; the old one no longer opens anything. */
  async replaceRecoveryKey(databaseKey: Buffer, recoveryKey: string, madeAt: string): Promise<void> {
    const recovery = await wrapKey(databaseKey, recoveryKey, RECOVERY_AAD, this.kdf);
    this.data = { ...this.data, recovery, recoveryMadeAt: madeAt, recoveryConfirmed: false };
    this.save();
  }

  confirmRecoveryKey(): void {
    this.data = { ...this.data, recoveryConfirmed: true };
    this.save();
  }

  /** A keyring older than this record counts as confirmed: its key was shown at setup like today. */
  recoveryKeyStatus(): { madeAt: string | null; confirmed: boolean } {
    return { madeAt: this.data.recoveryMadeAt ?? null, confirmed: this.data.recoveryConfirmed ?? true };
  }

  /** A disabled user's copy is removed, so the passphrase no longer opens the database even offline. */
  removeUser(username: string): void {
    if (!this.hasUser(username)) return;
    const users = { ...this.data.users };
    delete users[username];
    this.data = { ...this.data, users };
    this.save();
  }

  setServiceName(serviceName: string): void {
    this.data = { ...this.data, serviceName };
    this.save();
  }

  private save(): void {
    writeFileAtomic(this.path, `${JSON.stringify(this.data, null, 2)}\n`);
  }
}
