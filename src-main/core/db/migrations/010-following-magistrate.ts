import type { Knex } from 'knex';
import type { Migration } from './migration';

/**
 * The magistrate who follows the measure (JAP, juge des enfants, procureur or substitut), apart from the sentencing
 * court's president already held in `magistrate`, and that magistrate's court when it is not the sentencing one.
 * Existing measures keep both empty: nobody knows them yet.
 */
export const followingMagistrate: Migration = {
  name: '010-following-magistrate',
  async up(knex: Knex) {
    await knex.schema.alterTable('measures', (t) => {
      t.text('following_magistrate');
      t.text('following_court');
    });
  },
  async down(knex: Knex) {
    await knex.schema.alterTable('measures', (t) => {
      t.dropColumn('following_magistrate');
      t.dropColumn('following_court');
    });
  },
};
