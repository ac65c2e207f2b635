import type { HandlerContext, HandlerMap } from '../handler';
import type { documentsContract } from '@shared/rpc/documents-contract';
import { caseContext } from '@core/services/cases/case-context';
import { DocumentsService } from '@core/documents/documents-service';
import { readLetterhead, updateLetterhead } from '@core/documents/letterhead';
import { isoNow } from '@core/util/clock';
import { printRecoverySheet } from '@core/documents/recovery-sheet';

function documents({ sessions, clock }: HandlerContext): DocumentsService {
  return new DocumentsService(caseContext(sessions.current(), clock));
}

export const documentsHandlers: HandlerMap<keyof typeof documentsContract> = {
  'documents.generate': (input, context) => documents(context).generate(input),
  'documents.reprint': (input, context) => documents(context).reprint(input.id),
  'documents.list': (input, context) => documents(context).list(input),
  'documents.archive': (input, context) => documents(context).archivePage(input),
  'documents.batchConvocations': (input, context) => documents(context).batchConvocations(input),
  'documents.batchTimesheets': (input, context) => documents(context).batchTimesheets(input.hostId),
  'documents.recoverySheet': (_input, { sessions, clock }) => printRecoverySheet(sessions, clock),
  'letterhead.get': (_input, { sessions }) => readLetterhead(sessions.current()),
  'letterhead.update': (input, { sessions, clock }) => updateLetterhead(sessions.current(), input, isoNow(clock)),
};
