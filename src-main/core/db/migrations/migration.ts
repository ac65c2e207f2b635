import type { Knex } from 'knex';

/** One step of the schema, in its own file so the numbered migrations and the list that orders them do not import each other. */
export interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}
