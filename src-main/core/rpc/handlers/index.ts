import type { HandlerMap } from '../handler';
import { sessionHandlers } from './session-handlers';
import { userHandlers } from './user-handlers';
import { settingsHandlers } from './settings-handlers';
import { auditHandlers } from './audit-handlers';
import { caseHandlers } from './case-handlers';
import { catalogueHandlers } from './catalogue-handlers';
import { mapHandlers } from './map-handlers';
import { geoHandlers } from './geo-handlers';
import { documentsHandlers } from './documents-handlers';

/** Every method of the contract has exactly one handler; the type fails to compile if one is missing. */
export const handlers: HandlerMap = {
  ...sessionHandlers,
  ...userHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...caseHandlers,
  ...catalogueHandlers,
  ...mapHandlers,
  ...geoHandlers,
  ...documentsHandlers,
};
