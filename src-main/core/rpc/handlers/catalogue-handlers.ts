import type { HandlerContext, HandlerMap } from '../handler';
import type { catalogueContract } from '@shared/rpc/catalogue-contract';
import { catalogueContext, type CatalogueContext } from '@core/services/catalogue/catalogue-context';
import { HostsService } from '@core/services/catalogue/hosts-service';
import { HabilitationsService } from '@core/services/catalogue/habilitations-service';
import { TutorsService } from '@core/services/catalogue/tutors-service';
import { PostsService } from '@core/services/catalogue/posts-service';
import { RegistrationsService } from '@core/services/catalogue/registrations-service';
import { ProspectsService } from '@core/services/catalogue/prospects-service';
import { exportCatalogueCsv } from '@core/services/catalogue/catalogue-export';

function catalogue({ sessions, clock }: HandlerContext): CatalogueContext {
  return catalogueContext(sessions.current(), clock);
}

export const catalogueHandlers: HandlerMap<
  Exclude<keyof typeof catalogueContract, 'map.points' | 'map.list' | 'matching.suggest'>
> = {
  'hosts.list': ({ offset, limit, ...filters }, context) =>
    new HostsService(catalogue(context)).list(filters, offset, limit),
  'hosts.get': (input, context) => new HostsService(catalogue(context)).get(input.id),
  'hosts.create': (input, context) => new HostsService(catalogue(context)).create(input),
  'hosts.update': (input, context) => new HostsService(catalogue(context)).update(input.id, input.host),
  'habilitations.list': (input, context) => new HabilitationsService(catalogue(context)).list(input.hostId),
  'habilitations.request': (input, context) => new HabilitationsService(catalogue(context)).request(input),
  'habilitations.requestOpinions': (input, context) =>
    new HabilitationsService(catalogue(context)).requestOpinions(input.id, input.givers, input.requestedOn),
  'habilitations.recordOpinion': (input, context) =>
    new HabilitationsService(catalogue(context)).recordOpinion(input.id, input.giver, input.receivedOn, input.opinion),
  'habilitations.decide': (input, context) =>
    new HabilitationsService(catalogue(context)).decide(input.id, input.decision, input.decidedOn, input.validUntil),
  'habilitations.withdraw': (input, context) =>
    new HabilitationsService(catalogue(context)).withdraw(input.id, input.on, input.reason),
  'tutors.list': ({ offset, limit, ...filters }, context) =>
    new TutorsService(catalogue(context)).list(filters, offset, limit),
  'tutors.create': (input, context) => new TutorsService(catalogue(context)).create(input),
  'tutors.update': (input, context) => new TutorsService(catalogue(context)).update(input.id, input.tutor),
  'posts.list': ({ offset, limit, ...filters }, context) =>
    new PostsService(catalogue(context)).list(filters, offset, limit),
  'posts.get': (input, context) => new PostsService(catalogue(context)).get(input.id),
  'posts.create': (input, context) => new PostsService(catalogue(context)).create(input),
  'posts.update': (input, context) => new PostsService(catalogue(context)).update(input.id, input.post),
  'registrations.list': (input, context) => new RegistrationsService(catalogue(context)).list(input.postId),
  'registrations.request': (input, context) => new RegistrationsService(catalogue(context)).request(input),
  'registrations.requestOpinions': (input, context) =>
    new RegistrationsService(catalogue(context)).requestOpinions(input.id, input.givers, input.requestedOn),
  'registrations.recordOpinion': (input, context) =>
    new RegistrationsService(catalogue(context)).recordOpinion(input.id, input.giver, input.receivedOn, input.opinion),
  'registrations.decide': (input, context) =>
    new RegistrationsService(catalogue(context)).decide(input.id, input.decision, input.decidedOn),
  'registrations.notify': (input, context) =>
    new RegistrationsService(catalogue(context)).notify(input.id, input.notifiedOn),
  'prospects.list': ({ offset, limit, ...filters }, context) =>
    new ProspectsService(catalogue(context)).list(filters, offset, limit),
  'prospects.create': (input, context) => new ProspectsService(catalogue(context)).create(input),
  'prospects.update': (input, context) => new ProspectsService(catalogue(context)).update(input.id, input.prospect),
  'catalogue.exportCsv': (input, context) => exportCatalogueCsv(catalogue(context), input),
};
