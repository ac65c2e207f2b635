import { AppError } from '@shared/errors';
import type { CreateUserInput, UpdateUserInput, User } from '@shared/schemas/users';
import type { Keyring } from '../crypto/keyring';
import type { OpenSession } from './open-session';
import { uuidv7 } from '../util/uuid7';
import { afterCommit } from '../db/unit-of-work';

/** Account management by the administrator. Passphrases live only in the keyring, wrapped around the key. */
export class UsersService {
  constructor(
    private readonly session: OpenSession,
    private readonly keyring: Keyring,
    private readonly at: string,
  ) {}

  async create(input: CreateUserInput): Promise<User> {
    const { users, db } = this.session;
    if (await users.findByUsername(input.username)) throw usernameTaken(input.username);
    const id = uuidv7();
    await db.knex.transaction((trx) =>
      users.insert(trx, { id, username: input.username, displayName: input.displayName, role: input.role }, this.at),
    );
    await afterCommit(() =>
      this.keyring.setUserPassphrase(this.session.databaseKey, input.username, id, input.passphrase),
    );
    return (await users.findById(id))!;
  }

  async update(input: UpdateUserInput): Promise<User> {
    const { users, db, user: actor } = this.session;
    const existing = await users.findById(input.id);
    if (!existing) throw new AppError('NOT_FOUND', 'Ce compte utilisateur n’existe pas (ou plus).');
    if (input.id === actor.id && input.disabled === true) {
      throw new AppError('CONFLICT', 'Vous ne pouvez pas désactiver votre propre compte.', {
        fields: [{ path: 'disabled', message: 'Vous ne pouvez pas désactiver votre propre compte.' }],
      });
    }
    const losesAdmin =
      existing.role === 'admin' &&
      !existing.disabled &&
      (input.disabled === true || (input.role && input.role !== 'admin'));
    if (losesAdmin && (await users.countActiveAdmins()) <= 1) {
      throw new AppError('CONFLICT', 'Il doit toujours rester au moins un administrateur actif.', {
        fields: [
          {
            path: input.disabled ? 'disabled' : 'role',
            message: 'Il doit toujours rester au moins un administrateur actif.',
          },
        ],
      });
    }
    if (input.disabled === false && existing.disabled && !this.keyring.hasUser(existing.username)) {
      throw new AppError('CONFLICT', 'Pour réactiver ce compte, définissez d’abord une nouvelle phrase de passe.', {
        fields: [{ path: 'disabled', message: 'Réinitialisez la phrase de passe avant de réactiver le compte.' }],
      });
    }
    await db.knex.transaction((trx) =>
      users.update(
        trx,
        input.id,
        { displayName: input.displayName, role: input.role, disabled: input.disabled },
        this.at,
      ),
    );
    // A disabled account loses its copy of the key: its passphrase no longer opens the database, even offline.
    if (input.disabled === true) this.keyring.removeUser(existing.username);
    const updated = (await users.findById(input.id))!;
    // The router checks roles on the session's user: an administrator who changes their own account acts as that account now.
    if (input.id === actor.id) this.session.user = updated;
    return updated;
  }

  async resetPassphrase(id: string, passphrase: string): Promise<void> {
    const existing = await this.session.users.findById(id);
    if (!existing) throw new AppError('NOT_FOUND', 'Ce compte utilisateur n’existe pas (ou plus).');
    await afterCommit(() =>
      this.keyring.setUserPassphrase(this.session.databaseKey, existing.username, existing.id, passphrase),
    );
  }
}

function usernameTaken(username: string): AppError {
  const message = `L’identifiant « ${username} » est déjà utilisé.`;
  return new AppError('CONFLICT', message, { fields: [{ path: 'username', message }] });
}
