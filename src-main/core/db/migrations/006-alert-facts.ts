import type { Knex } from 'knex';
import type { Migration } from './migration';
import { refreshMeasureFacts } from '@core/repo/measure-facts';

/**
 * Facts the caseload's alert filter needs, copied onto each measure so that "with alerts" is answered from the
 * measures alone at national scale: the active placement's start, the day the person turns 18, and whether a
 * medical examination is required by the person, the measure type or the post.
 */
export const alertFacts: Migration = {
  name: '006-alert-facts',
  async up(knex: Knex) {
    await knex.schema.alterTable('measures', (t) => {
      t.text('placement_start');
      t.text('adult_on');
      t.boolean('medical_flag').notNullable().defaultTo(false);
    });
    await refreshMeasureFacts(knex);
  },
  async down(knex: Knex) {
    await knex.schema.alterTable('measures', (t) => {
      t.dropColumn('placement_start');
      t.dropColumn('adult_on');
      t.dropColumn('medical_flag');
    });
  },
};
