import {
  describeOpinion,
  opinionState,
  type DeemedDelay,
  type Opinion,
  type OpinionValue,
} from '@shared/domain/catalogue/opinions';
import type { LocalDate } from '@shared/domain/local-date';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Row = Record<string, any>;

export interface OpinionView {
  requestedOn: string | null;
  receivedOn: string | null;
  opinion: OpinionValue | null;
  summary: string;
}

/** One opinion stored as three columns prefixed by its giver (procureur_requested_on, …). */
export function opinionOf(row: Row, giver: string): Opinion {
  return {
    requestedOn: row[`${giver}_requested_on`] ?? null,
    receivedOn: row[`${giver}_received_on`] ?? null,
    opinion: row[`${giver}_opinion`] ?? null,
  };
}

export function opinionView(opinion: Opinion, delay: DeemedDelay, today: LocalDate): OpinionView {
  return { ...opinion, summary: describeOpinion(opinionState(opinion, delay, today)) };
}
