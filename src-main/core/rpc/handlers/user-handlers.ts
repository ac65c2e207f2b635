import { AppError } from '@shared/errors';
import type { HandlerContext, HandlerMap } from '../handler';
import { UsersService } from '@core/services/users-service';
import { isoNow } from '@core/util/clock';

function usersService({ sessions, clock }: HandlerContext): UsersService {
  return new UsersService(sessions.current(), sessions.keyringOrFail(), isoNow(clock));
}

export const userHandlers: HandlerMap<
  'users.list' | 'users.create' | 'users.update' | 'users.resetPassphrase' | 'users.clearLockout'
> = {
  'users.list': (_input, { sessions }) => sessions.current().users.list(),
  'users.create': (input, context) => usersService(context).create(input),
  'users.update': (input, context) => usersService(context).update(input),
  'users.resetPassphrase': async (input, context) => {
    await usersService(context).resetPassphrase(input.id, input.passphrase);
    return { ok: true as const };
  },
  'users.clearLockout': async (input, { sessions }) => {
    const user = await sessions.current().users.findById(input.id);
    if (!user) throw new AppError('NOT_FOUND', 'Ce compte utilisateur n’existe pas (ou plus).');
    return { cleared: sessions.clearLoginLockout(user.username) };
  },
};
