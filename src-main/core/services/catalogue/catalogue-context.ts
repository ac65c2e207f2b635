import type { Knex } from 'knex';
import type { OpenSession } from '../open-session';
import { EntityStore } from '@core/repo/entity-store';
import { parisDateOf, type LocalDate } from '@shared/domain/local-date';
import type { Clock } from '@core/util/clock';
import type { Role } from '@shared/roles';

/** The synced catalogue tables, each written only through its EntityStore (change record in the same transaction). */
export interface CatalogueStores {
  hosts: EntityStore;
  habilitations: EntityStore;
  tutors: EntityStore;
  posts: EntityStore;
  registrations: EntityStore;
  prospects: EntityStore;
}

/** What every catalogue service needs: the database, the stores, who acts, now and today in Paris. */
export interface CatalogueContext {
  knex: Knex;
  deviceId: string;
  stores: CatalogueStores;
  userId: string;
  userName: string;
  /** What the caller may see of the cases (persons named only to the roles that follow them). */
  userRole: Role;
  at: string;
  today: LocalDate;
}

export function catalogueContext(session: OpenSession, clock: Clock): CatalogueContext {
  const now = clock.now();
  const store = (entity: string, table: string) => new EntityStore(session.deviceId, entity, table);
  return {
    knex: session.db.knex,
    deviceId: session.deviceId,
    stores: {
      hosts: store('host', 'hosts'),
      habilitations: store('habilitation', 'habilitations'),
      tutors: store('tutor', 'tutors'),
      posts: store('post', 'posts'),
      registrations: store('post_registration', 'post_registrations'),
      prospects: store('prospect', 'prospects'),
    },
    userId: session.user.id,
    userName: session.user.displayName,
    userRole: session.user.role,
    at: new Date(now).toISOString(),
    today: parisDateOf(now),
  };
}
