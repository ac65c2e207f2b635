import type { OpenSession } from '../open-session';
import { PersonsRepo } from '@core/repo/persons-repo';
import { MeasuresRepo } from '@core/repo/measures-repo';
import { parisDateOf, type LocalDate } from '@shared/domain/local-date';
import type { Clock } from '@core/util/clock';

/** What every case service needs: the open session, the repositories, who acts, and today in Paris. */
export interface CaseContext {
  session: OpenSession;
  persons: PersonsRepo;
  measures: MeasuresRepo;
  userId: string;
  at: string;
  today: LocalDate;
}

export function caseContext(session: OpenSession, clock: Clock): CaseContext {
  const now = clock.now();
  return {
    session,
    persons: new PersonsRepo(session.db.knex, session.deviceId),
    measures: new MeasuresRepo(session.db.knex, session.deviceId),
    userId: session.user.id,
    at: new Date(now).toISOString(),
    today: parisDateOf(now),
  };
}
