import { addDays, addMonths, compareDates, type LocalDate } from '../local-date';

/**
 * Opinions asked of the procureur, the JAP and the préfet. An opinion not received in time is deemed given:
 * one month after the request for a habilitation, ten days for a post registration. "Deemed given" only means the
 * director may decide without it ("au vu des avis recueillis ou un mois au plus tôt après les avoir sollicités"):
 * the law presumes no content, so it is never shown as favourable.
 */
export const OPINION_VALUES = ['favorable', 'defavorable'] as const;
export type OpinionValue = (typeof OPINION_VALUES)[number];

export interface Opinion {
  requestedOn: LocalDate | null;
  receivedOn: LocalDate | null;
  opinion: OpinionValue | null;
}

export type OpinionState =
  | { state: 'not_requested' }
  | { state: 'pending'; deemedOn: LocalDate }
  | { state: 'received'; opinion: OpinionValue; on: LocalDate }
  | { state: 'deemed'; on: LocalDate };

export type DeemedDelay = { months: number } | { days: number };

export const HABILITATION_OPINION_DELAY: DeemedDelay = { months: 1 };
export const REGISTRATION_OPINION_DELAY: DeemedDelay = { days: 10 };

export function deemedDate(requestedOn: LocalDate, delay: DeemedDelay): LocalDate {
  return 'months' in delay ? addMonths(requestedOn, delay.months) : addDays(requestedOn, delay.days);
}

/** Where one opinion stands today. A received opinion counts even if it came after the deemed date. */
export function opinionState(opinion: Opinion, delay: DeemedDelay, today: LocalDate): OpinionState {
  if (opinion.receivedOn && opinion.opinion)
    return { state: 'received', opinion: opinion.opinion, on: opinion.receivedOn };
  if (!opinion.requestedOn) return { state: 'not_requested' };
  const deemedOn = deemedDate(opinion.requestedOn, delay);
  return compareDates(today, deemedOn) >= 0 ? { state: 'deemed', on: deemedOn } : { state: 'pending', deemedOn };
}

/** A decision may be taken once every opinion is received or deemed given. */
export function opinionsComplete(opinions: readonly Opinion[], delay: DeemedDelay, today: LocalDate): boolean {
  return opinions.every((o) => {
    const state = opinionState(o, delay, today).state;
    return state === 'received' || state === 'deemed';
  });
}

export function describeOpinion(state: OpinionState): string {
  const fr = (date: string) => date.split('-').reverse().join('/');
  switch (state.state) {
    case 'not_requested':
      return 'Non demandé';
    case 'pending':
      return `En attente (réputé donné le ${fr(state.deemedOn)})`;
    case 'received':
      return `${state.opinion === 'favorable' ? 'Favorable' : 'Défavorable'} (reçu le ${fr(state.on)})`;
    case 'deemed':
      return `Réputé donné depuis le ${fr(state.on)}`;
  }
}
