import type { HandlerContext, HandlerMap } from '../handler';
import { parisDateOf } from '@shared/domain/local-date';
import { mapList, mapPoints } from '@core/services/map/map-service';
import { suggestPosts } from '@core/services/map/matching-service';

function scope({ sessions, clock }: HandlerContext) {
  return { knex: sessions.current().db.knex, today: parisDateOf(clock.now()) };
}

export const mapHandlers: HandlerMap<'map.points' | 'map.list' | 'matching.suggest'> = {
  'map.points': (input, context) => {
    const { knex, today } = scope(context);
    return mapPoints(knex, today, input.filters);
  },
  'map.list': (input, context) => {
    const { knex, today } = scope(context);
    return mapList(knex, today, input.filters, input.bounds, input.limit);
  },
  'matching.suggest': (input, context) => {
    const { knex, today } = scope(context);
    return suggestPosts(knex, today, input);
  },
};
