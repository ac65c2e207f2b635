import type { HandlerContext, HandlerMap } from '../handler';
import type { casesContract } from '@shared/rpc/cases-contract';
import { caseContext, type CaseContext } from '@core/services/cases/case-context';
import { PersonsService } from '@core/services/cases/persons-service';
import { MeasuresService } from '@core/services/cases/measures-service';
import { loadMeasureDetail } from '@core/services/cases/measure-detail';
import { caseload, officerLoads } from '@core/services/cases/caseload-service';
import { PlacementsService, postChoices } from '@core/services/cases/placements-service';
import { recordSession } from '@core/services/cases/ledger-service';
import { recordIncident } from '@core/services/cases/incidents-service';
import { SuspensionsService } from '@core/services/cases/suspensions-service';
import { AppointmentsService } from '@core/services/cases/appointments-service';
import { commitImport, previewImport } from '@core/services/cases/measure-import';

function cases({ sessions, clock }: HandlerContext): CaseContext {
  return caseContext(sessions.current(), clock);
}

export const caseHandlers: HandlerMap<keyof typeof casesContract> = {
  'persons.search': (input, context) => cases(context).persons.search(input.query, input.limit),
  'persons.get': (input, context) => new PersonsService(cases(context)).get(input.id),
  'persons.create': (input, context) => new PersonsService(cases(context)).create(input),
  'persons.update': (input, context) => new PersonsService(cases(context)).update(input.id, input.person),
  'persons.timeline': (input, context) => new PersonsService(cases(context)).timeline(input.id),
  'persons.measures': (input, context) => new PersonsService(cases(context)).measures(input.id),
  'measures.register': (input, context) => new MeasuresService(cases(context)).register(input),
  'measures.get': (input, context) => loadMeasureDetail(cases(context), input.id),
  'measures.update': (input, context) => new MeasuresService(cases(context)).update(input.id, input.measure),
  'measures.caseload': (input, context) => caseload(cases(context), input),
  'measures.assign': async (input, context) => ({
    assigned: await new MeasuresService(cases(context)).assign(input.measureIds, input.officerId),
  }),
  'measures.officerLoads': (_input, context) => officerLoads(cases(context)),
  'measures.recordConsent': (input, context) =>
    new MeasuresService(cases(context)).recordConsent(input.measureId, input.status, input.date, input.source),
  'measures.transition': (input, context) =>
    new MeasuresService(cases(context)).transition(input.measureId, input.to, input.date, input.reason),
  'measures.setMedicalExam': (input, context) =>
    new MeasuresService(cases(context)).setMedicalExam(input.measureId, input.date),
  'placements.create': (input, context) => new PlacementsService(cases(context)).create(input),
  'placements.end': (input, context) =>
    new PlacementsService(cases(context)).end(input.placementId, input.date, input.reason),
  'posts.choices': (input, context) => postChoices(cases(context), input.query),
  'hours.record': (input, context) => recordSession(cases(context), input),
  'incidents.record': (input, context) => recordIncident(cases(context), input),
  'suspensions.record': (input, context) => new SuspensionsService(cases(context)).record(input),
  'suspensions.end': (input, context) => new SuspensionsService(cases(context)).end(input.suspensionId, input.to),
  'appointments.create': (input, context) => new AppointmentsService(cases(context)).create(input),
  'appointments.update': (input, context) => new AppointmentsService(cases(context)).update(input),
  'appointments.list': (input, context) => new AppointmentsService(cases(context)).list(input),
  'imports.preview': (input, context) => previewImport(cases(context), input.content),
  'imports.commit': (input, context) => commitImport(cases(context), input.content),
};
