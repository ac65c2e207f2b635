import type { Knex } from 'knex';
import type { Role } from '@shared/roles';
import type { User } from '@shared/schemas/users';
import { EntityStore } from './entity-store';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  disabled: number | boolean;
  created_at: string;
  updated_at: string;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    disabled: Boolean(row.disabled),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class UsersRepo {
  private readonly store: EntityStore;

  constructor(
    private readonly knex: Knex,
    deviceId: string,
  ) {
    this.store = new EntityStore(deviceId, 'user', 'users');
  }

  async list(): Promise<User[]> {
    const rows = await this.knex<UserRow>('users').whereNull('deleted_at').orderBy('display_name');
    return rows.map(toUser);
  }

  async findById(id: string, trx: Knex | Knex.Transaction = this.knex): Promise<User | null> {
    const row = await trx<UserRow>('users').where({ id }).whereNull('deleted_at').first();
    return row ? toUser(row) : null;
  }

  async findByUsername(username: string, trx: Knex | Knex.Transaction = this.knex): Promise<User | null> {
    const row = await trx<UserRow>('users').where({ username }).whereNull('deleted_at').first();
    return row ? toUser(row) : null;
  }

  async countActiveAdmins(trx: Knex | Knex.Transaction = this.knex): Promise<number> {
    const row = await trx('users')
      .where({ role: 'admin', disabled: false })
      .whereNull('deleted_at')
      .count({ n: '*' })
      .first();
    return Number(row?.n ?? 0);
  }

  async insert(
    trx: Knex.Transaction,
    user: { id: string; username: string; displayName: string; role: Role },
    at: string,
  ): Promise<void> {
    await this.store.insert(
      trx,
      {
        id: user.id,
        username: user.username,
        display_name: user.displayName,
        role: user.role,
        disabled: false,
        created_at: at,
      },
      at,
    );
  }

  async update(
    trx: Knex.Transaction,
    id: string,
    patch: { displayName?: string; role?: Role; disabled?: boolean },
    at: string,
  ): Promise<boolean> {
    return this.store.update(
      trx,
      id,
      { display_name: patch.displayName, role: patch.role, disabled: patch.disabled },
      at,
    );
  }

  async tombstone(trx: Knex.Transaction, id: string, at: string): Promise<boolean> {
    return this.store.tombstone(trx, id, at);
  }
}
