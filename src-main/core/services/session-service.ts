import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { AppError } from '@shared/errors';
import type { SessionState, SetupInput } from '@shared/schemas/session';
import type { User } from '@shared/schemas/users';
import { AUTO_LOCK_DEFAULT } from '@shared/schemas/settings';
import type { AppEvent } from '@shared/rpc/events';
import type { DataPaths } from '../data-paths';
import { DATABASE_KEY_BYTES, openDatabase } from '../db/open-database';
import { Keyring } from '../crypto/keyring';
import { STRONG_KDF, type KdfParams } from '../crypto/key-wrap';
import { generateRecoveryKey, normalizeRecoveryKey } from '../crypto/recovery-key';
import { uuidv7 } from '../util/uuid7';
import { isoNow, type Clock } from '../util/clock';
import { LoginThrottle } from './login-throttle';
import { RecoveryKeyHold, type HeldRecoveryKey } from './recovery-key-hold';
import { attachRepositories, type OpenSession } from './open-session';
import { readSettings } from './settings-service';
import type { AuditRecord } from '../audit/audit-trail';

const WRONG_CREDENTIALS = 'Identifiant ou phrase de passe incorrect.';
const RECOVERY_THROTTLE_KEY = '#recovery';

export interface SessionOptions {
  paths: DataPaths;
  clock: Clock;
  kdf?: KdfParams;
  emit: (event: AppEvent) => void;
}

/**
 * The login lifecycle of the desk (one user at a time on a shared PC): first-run setup, login, lock, unlock,
 * auto-lock after idle minutes, logout. The database is opened at login and closed at logout; the key lives only
 * in memory while someone is logged in.
 */
export class SessionService {
  private session: OpenSession | null = null;
  private autoLockMinutes = AUTO_LOCK_DEFAULT;
  private readonly throttle: LoginThrottle;
  private readonly kdf: KdfParams;
  private keyringCache: Keyring | null = null;
  /** Credential checks and session changes run one at a time: parallel guesses each meet the throttle. */
  private queue: Promise<unknown> = Promise.resolve();

  private readonly recoveryKeyHold: RecoveryKeyHold;

  constructor(private readonly options: SessionOptions) {
    this.throttle = new LoginThrottle(options.paths.loginThrottle, options.clock);
    this.recoveryKeyHold = new RecoveryKeyHold(options.clock);
    this.kdf = options.kdf ?? STRONG_KDF;
  }

  state(): SessionState {
    const serviceName = this.keyring()?.serviceName;
    const base = { autoLockMinutes: this.autoLockMinutes, ...(serviceName ? { serviceName } : {}) };
    if (!this.session) return { state: Keyring.exists(this.options.paths.keyring) ? 'login' : 'setup', ...base };
    return { state: this.session.locked ? 'locked' : 'ready', user: this.session.user, ...base };
  }

  /** The open, unlocked session, or the error that explains why there is none. */
  current(): OpenSession {
    if (!this.session) throw new AppError('FORBIDDEN', 'Vous devez vous connecter pour effectuer cette action.');
    if (this.session.locked)
      throw new AppError(
        'LOCKED',
        'La session est verrouillée : saisissez votre phrase de passe pour la déverrouiller.',
      );
    return this.session;
  }

  /** The session even when locked (for audit and events); null when nobody is logged in. */
  peek(): OpenSession | null {
    return this.session;
  }

  /** Lifts the login wait of an account (users.clearLockout, administrators only). */
  clearLoginLockout(username: string): boolean {
    return this.throttle.clear(username);
  }

  keyringOrFail(): Keyring {
    const keyring = this.keyring();
    if (!keyring) throw new AppError('CONFLICT', "TIG Desk n'est pas encore installé sur ce poste.");
    return keyring;
  }

  setup(input: SetupInput): Promise<{ user: User; recoveryKey: string }> {
    return this.exclusive(() => this.setupNow(input));
  }

  private async setupNow(input: SetupInput): Promise<{ user: User; recoveryKey: string }> {
    const { paths } = this.options;
    if (Keyring.exists(paths.keyring)) throw new AppError('CONFLICT', 'TIG Desk est déjà installé sur ce poste.');
    if (existsSync(paths.database)) {
      throw new AppError(
        'CONFLICT',
        'Une base de données existe déjà dans ce dossier sans son trousseau de clés. Restaurez le trousseau ou choisissez un autre dossier.',
      );
    }
    const databaseKey = randomBytes(DATABASE_KEY_BYTES);
    const recoveryKey = generateRecoveryKey();
    const db = await openDatabase(paths.database, databaseKey);
    const repos = await attachRepositories(db);
    const at = isoNow(this.options.clock);
    const userId = uuidv7();
    await db.knex.transaction(async (trx) => {
      await repos.users.insert(
        trx,
        { id: userId, username: input.username, displayName: input.displayName, role: 'admin' },
        at,
      );
      await repos.settings.set(trx, 'serviceName', input.serviceName, at);
      await repos.settings.set(trx, 'autoLockMinutes', AUTO_LOCK_DEFAULT, at);
    });
    this.keyringCache = await Keyring.create(
      paths.keyring,
      {
        serviceName: input.serviceName,
        databaseKey,
        recoveryKey,
        recoveryMadeAt: at,
        username: input.username,
        userId,
        passphrase: input.passphrase,
      },
      this.kdf,
    );
    const user = (await repos.users.findById(userId))!;
    await this.begin({ db, databaseKey, user, ...repos });
    this.recoveryKeyHold.keep({ recoveryKey, userId, madeAt: at });
    return { user, recoveryKey };
  }

  login(username: string, passphrase: string): Promise<SessionState> {
    return this.exclusive(() => this.loginNow(username, passphrase));
  }

  private async loginNow(username: string, passphrase: string): Promise<SessionState> {
    if (this.session && !this.session.locked)
      throw new AppError('CONFLICT', 'Une session est déjà ouverte sur ce poste.');
    if (this.session) {
      throw new AppError(
        'CONFLICT',
        `La session de ${this.session.user.displayName} est verrouillée : déverrouillez-la ou déconnectez-la d'abord.`,
      );
    }
    const keyring = this.keyringOrFail();
    this.throttle.check(username);
    const databaseKey = await keyring.unlockWithPassphrase(username, passphrase);
    if (!databaseKey) {
      this.throttle.recordFailure(username, 'session.login', true);
      throw new AppError('FORBIDDEN', WRONG_CREDENTIALS);
    }
    const db = await openDatabase(this.options.paths.database, databaseKey);
    const repos = await attachRepositories(db);
    const user = await repos.users.findByUsername(username);
    if (!user || user.disabled || user.id !== keyring.userIdOf(username)) {
      await db.close();
      throw new AppError('FORBIDDEN', 'Ce compte est désactivé. Adressez-vous à l’administrateur local.');
    }
    this.throttle.recordSuccess(username);
    await this.begin({ db, databaseKey, user, ...repos });
    return this.state();
  }

  unlock(passphrase: string): Promise<SessionState> {
    return this.exclusive(() => this.unlockNow(passphrase));
  }

  private async unlockNow(passphrase: string): Promise<SessionState> {
    const session = this.session;
    if (!session) throw new AppError('FORBIDDEN', 'Aucune session à déverrouiller : connectez-vous.');
    if (!session.locked) return this.state();
    const { username } = session.user;
    this.throttle.check(username);
    const key = await this.keyringOrFail().unlockWithPassphrase(username, passphrase);
    if (!key || !key.equals(session.databaseKey)) {
      this.throttle.recordFailure(username, 'session.unlock', false);
      throw new AppError('FORBIDDEN', 'Phrase de passe incorrecte.');
    }
    this.throttle.recordSuccess(username);
    session.locked = false;
    session.lastActivityAt = this.options.clock.now();
    this.publish();
    return this.state();
  }

  lock(): SessionState {
    this.recoveryKeyHold.drop();
    if (this.session && !this.session.locked) {
      this.session.locked = true;
      // A locked desk may be left for long: its trail is anchored now (a failure only delays it to the next one).
      this.session.anchoring.checkpoints.checkpoint().catch(() => undefined);
      this.publish();
    }
    return this.state();
  }

  async logout(auditEntry: Omit<AuditRecord, 'userId' | 'username' | 'role'> | null): Promise<SessionState> {
    const session = this.session;
    if (!session) return this.state();
    if (auditEntry) await session.audit.append({ ...auditEntry, ...actorOf(session.user) });
    await checkpointQuietly(session);
    this.recoveryKeyHold.drop();
    this.session = null;
    session.databaseKey.fill(0);
    await session.db.close();
    this.publish();
    return this.state();
  }

  activity(): void {
    if (this.session && !this.session.locked) this.session.lastActivityAt = this.options.clock.now();
  }

  /** Locks the session once it has been idle for the configured minutes; called by a timer and before each call. */
  lockIfIdle(): void {
    const session = this.session;
    if (!session || session.locked) return;
    if (this.options.clock.now() - session.lastActivityAt >= this.autoLockMinutes * 60_000) this.lock();
  }

  setAutoLockMinutes(minutes: number): void {
    this.autoLockMinutes = minutes;
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.exclusive(() => this.changePassphraseNow(current, next));
  }

  private async changePassphraseNow(current: string, next: string): Promise<void> {
    const session = this.current();
    const { username, id } = session.user;
    this.throttle.check(username);
    const keyring = this.keyringOrFail();
    const key = await keyring.unlockWithPassphrase(username, current);
    if (!key || !key.equals(session.databaseKey)) {
      this.throttle.recordFailure(username, 'session.changePassphrase', false);
      throw new AppError('VALIDATION', 'La phrase de passe actuelle est incorrecte.', {
        fields: [{ path: 'current', message: 'La phrase de passe actuelle est incorrecte.' }],
      });
    }
    this.throttle.recordSuccess(username);
    await keyring.setUserPassphrase(session.databaseKey, username, id, next);
  }

  /**
   * An administrator replaces the recovery key (the sheet is lost, or someone saw it): the old key stops opening
   * the database at once. Asks for the administrator's passphrase, like any change of credentials.
   */
  renewRecoveryKey(passphrase: string): Promise<{ recoveryKey: string }> {
    return this.exclusive(() => this.renewRecoveryKeyNow(passphrase));
  }

  private async renewRecoveryKeyNow(passphrase: string): Promise<{ recoveryKey: string }> {
    const session = this.current();
    const { username, id } = session.user;
    this.throttle.check(username);
    const key = await this.keyringOrFail().unlockWithPassphrase(username, passphrase);
    if (!key || !key.equals(session.databaseKey)) {
      this.throttle.recordFailure(username, 'session.renewRecoveryKey', false);
      throw new AppError('VALIDATION', 'Phrase de passe incorrecte.', {
        fields: [{ path: 'passphrase', message: 'Phrase de passe incorrecte.' }],
      });
    }
    this.throttle.recordSuccess(username);
    const recoveryKey = generateRecoveryKey();
    await this.keyringOrFail().replaceRecoveryKey(session.databaseKey, recoveryKey, isoNow(this.options.clock));
    this.recoveryKeyHold.keep({ recoveryKey, userId: id, madeAt: isoNow(this.options.clock) });
    return { recoveryKey };
  }

  /**
   * The recovery key just made, once, for its printed sheet (never archived). One at a time with the other session
   * changes, so a renewal in progress cannot swap the key under a sheet being printed.
   */
  withRecoveryKeyForSheet<T>(use: (key: HeldRecoveryKey) => Promise<T>): Promise<T> {
    return this.exclusive(() => this.recoveryKeyHold.lend(this.current().user.id, use));
  }

  /** The administrator has put the new key away ("Continuer"): it can no longer be printed, and the keyring says so. */
  confirmRecoveryKey(): void {
    this.current();
    this.recoveryKeyHold.drop();
    this.keyringOrFail().confirmRecoveryKey();
  }

  recoveryKeyStatus(): { madeAt: string | null; confirmed: boolean } {
    this.current();
    return this.keyringOrFail().recoveryKeyStatus();
  }

  /** An administrator who lost the passphrase sets a new one with the recovery key printed at setup. */
  recover(recoveryKey: string, username: string, passphrase: string): Promise<void> {
    return this.exclusive(() => this.recoverNow(recoveryKey, username, passphrase));
  }

  private async recoverNow(recoveryKey: string, username: string, passphrase: string): Promise<void> {
    const keyring = this.keyringOrFail();
    this.throttle.check(RECOVERY_THROTTLE_KEY);
    const databaseKey = await keyring.unlockWithRecoveryKey(normalizeRecoveryKey(recoveryKey));
    if (!databaseKey) {
      this.throttle.recordFailure(RECOVERY_THROTTLE_KEY, 'session.recover', true);
      throw new AppError('FORBIDDEN', 'Clé de secours incorrecte.', {
        fields: [{ path: 'recoveryKey', message: 'Clé de secours incorrecte : vérifiez chaque groupe de caractères.' }],
      });
    }
    this.throttle.recordSuccess(RECOVERY_THROTTLE_KEY);
    const openedHere = !this.session;
    const db = this.session?.db ?? (await openDatabase(this.options.paths.database, databaseKey));
    try {
      const repos = await attachRepositories(db);
      const user = await repos.users.findByUsername(username);
      if (!user || user.role !== 'admin' || user.disabled) {
        throw new AppError(
          'FORBIDDEN',
          'La clé de secours ne permet de redéfinir que la phrase de passe d’un administrateur actif.',
          {
            fields: [{ path: 'username', message: 'Indiquez l’identifiant d’un administrateur actif.' }],
          },
        );
      }
      await keyring.setUserPassphrase(databaseKey, username, user.id, passphrase);
      await repos.audit.append({
        at: isoNow(this.options.clock),
        ...actorOf(user),
        method: 'session.recover',
        entityIds: [user.id],
        outcome: 'ok',
        errorCode: null,
      });
    } finally {
      if (openedHere) await db.close();
    }
  }

  async close(): Promise<void> {
    const session = this.session;
    this.recoveryKeyHold.drop();
    this.session = null;
    if (session) {
      await checkpointQuietly(session);
      session.databaseKey.fill(0);
      await session.db.close();
    }
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async begin(parts: Omit<OpenSession, 'locked' | 'lastActivityAt'>): Promise<void> {
    let settings;
    try {
      settings = await readSettings(parts.settings);
      // Failed logins made while the database was closed join the audit trail before the session opens.
      await this.flushPendingFailures(parts);
      // Anchors the trail as found at sign-in (the first checkpoint of a new device), unless it forks from the last.
      await checkpointQuietly(parts);
    } catch (error) {
      await parts.db.close();
      throw error;
    }
    this.autoLockMinutes = settings.autoLockMinutes;
    this.session = { ...parts, locked: false, lastActivityAt: this.options.clock.now() };
    this.publish();
  }

  private async flushPendingFailures(parts: Pick<OpenSession, 'audit'>): Promise<void> {
    for (const failure of this.throttle.pendingFailures()) {
      await parts.audit.append({
        at: new Date(failure.at).toISOString(),
        userId: null,
        username: failure.username,
        role: null,
        method: failure.method,
        entityIds: [],
        outcome: 'refused',
        errorCode: 'FORBIDDEN',
      });
    }
    this.throttle.clearPendingFailures();
  }

  private keyring(): Keyring | null {
    if (!this.keyringCache && Keyring.exists(this.options.paths.keyring)) {
      this.keyringCache = Keyring.load(this.options.paths.keyring, this.kdf);
    }
    return this.keyringCache;
  }

  private publish(): void {
    this.options.emit({ type: 'session', session: this.state() });
  }
}

export function actorOf(user: User): Pick<AuditRecord, 'userId' | 'username' | 'role'> {
  return { userId: user.id, username: user.username, role: user.role };
}

/** A checkpoint that cannot be written (disk full…) never blocks signing in or out; the next one catches up. */
async function checkpointQuietly(session: Pick<OpenSession, 'anchoring'>): Promise<void> {
  try {
    await session.anchoring.checkpoints.checkpoint();
  } catch (error) {
    console.error('[audit] checkpoint failed', error instanceof Error ? error.message : error);
  }
}
