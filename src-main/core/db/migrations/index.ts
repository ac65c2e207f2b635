import type { Knex } from 'knex';
import { foundation } from './001-foundation';
import { cases } from './002-cases';
import { catalogue } from './003-catalogue';
import { gazetteer } from './004-gazetteer';
import { caseloadIndexes } from './005-caseload-indexes';
import { alertFacts } from './006-alert-facts';
import { documents } from './007-documents';
import { placementTutors } from './008-placement-tutors';
import { decisionDates } from './009-decision-dates';
import { followingMagistrate } from './010-following-magistrate';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration, in the order it runs. Append only: a shipped migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  foundation,
  cases,
  catalogue,
  gazetteer,
  caseloadIndexes,
  alertFacts,
  documents,
  placementTutors,
  decisionDates,
  followingMagistrate,
];
export const SCHEMA_VERSION = MIGRATIONS.length;

export const migrationSource: Knex.MigrationSource<Migration> = {
  getMigrations: async () => [...MIGRATIONS],
  getMigrationName: (migration) => migration.name,
  getMigration: async (migration) => migration,
};
