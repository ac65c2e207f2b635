import type { HandlerContext, HandlerMap } from '../handler';
import { UsersService } from '@core/services/users-service';
import { isoNow } from '@core/util/clock';

function usersService({ sessions, clock }: HandlerContext): UsersService {
  return new UsersService(sessions.current(), sessions.keyringOrFail(), isoNow(clock));
}

export const userHandlers: HandlerMap<'users.list' | 'users.create' | 'users.update' | 'users.resetPassphrase'> = {
  'users.list': (_input, { sessions }) => sessions.current().users.list(),
  'users.create': (input, context) => usersService(context).create(input),
  'users.update': (input, context) => usersService(context).update(input),
  'users.resetPassphrase': async (input, context) => {
    await usersService(context).resetPassphrase(input.id, input.passphrase);
    return { ok: true as const };
  },
};
