import type { Knex } from 'knex';
import type { Letterhead } from '@shared/schemas/documents';
import type { OpenSession } from '../services/open-session';

/** The letterhead stored in settings (`letterhead`), with defaults taken from the service name. */
export async function readLetterhead(session: OpenSession): Promise<Letterhead> {
  const stored = await session.settings.getAll();
  const serviceName =
    typeof stored.serviceName === 'string' && stored.serviceName
      ? stored.serviceName
      : 'Service pénitentiaire d’insertion et de probation';
  const saved = (stored.letterhead ?? {}) as Partial<Letterhead>;
  return {
    serviceName: saved.serviceName || serviceName,
    address: saved.address ?? '',
    phone: saved.phone ?? '',
    email: saved.email ?? '',
    directorName: saved.directorName ?? '',
    delegateName: saved.delegateName ?? '',
    delegateTitle: saved.delegateTitle ?? '',
    logoDataUrl: saved.logoDataUrl ?? null,
  };
}

export async function updateLetterhead(session: OpenSession, letterhead: Letterhead, at: string): Promise<Letterhead> {
  await session.db.knex.transaction((trx: Knex.Transaction) => session.settings.set(trx, 'letterhead', letterhead, at));
  return readLetterhead(session);
}
