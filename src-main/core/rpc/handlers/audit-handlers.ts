import type { HandlerMap } from '../handler';

export const auditHandlers: HandlerMap<'audit.list' | 'audit.verify'> = {
  'audit.list': (input, { sessions }) => sessions.current().audit.list(input),
  'audit.verify': (_input, { sessions }) => sessions.current().audit.verify(),
};
