import type { HandlerMap } from '../handler';

type SessionMethods =
  | 'session.status'
  | 'session.setup'
  | 'session.login'
  | 'session.logout'
  | 'session.lock'
  | 'session.unlock'
  | 'session.activity'
  | 'session.changePassphrase'
  | 'session.renewRecoveryKey'
  | 'session.confirmRecoveryKey'
  | 'session.recoveryKeyStatus'
  | 'session.recover';

export const sessionHandlers: HandlerMap<SessionMethods> = {
  'session.status': (_input, { sessions }) => sessions.state(),
  'session.setup': (input, { sessions }) => sessions.setup(input),
  'session.login': (input, { sessions }) => sessions.login(input.username, input.passphrase),
  'session.logout': (_input, { sessions, clock }) =>
    sessions.logout({
      at: new Date(clock.now()).toISOString(),
      method: 'session.logout',
      entityIds: [],
      outcome: 'ok',
      errorCode: null,
    }),
  'session.lock': (_input, { sessions }) => sessions.lock(),
  'session.unlock': (input, { sessions }) => sessions.unlock(input.passphrase),
  'session.activity': (_input, { sessions }) => {
    sessions.activity();
    return { ok: true as const };
  },
  'session.changePassphrase': async (input, { sessions }) => {
    await sessions.changePassphrase(input.current, input.next);
    return { ok: true as const };
  },
  'session.renewRecoveryKey': (input, { sessions }) => sessions.renewRecoveryKey(input.passphrase),
  'session.confirmRecoveryKey': (_input, { sessions }) => {
    sessions.confirmRecoveryKey();
    return { ok: true as const };
  },
  'session.recoveryKeyStatus': (_input, { sessions }) => sessions.recoveryKeyStatus(),
  'session.recover': async (input, { sessions }) => {
    await sessions.recover(input.recoveryKey, input.username, input.passphrase);
    return { ok: true as const };
  },
};
