import { addDays, type LocalDate } from '@shared/domain/local-date';
import type { SeededRandom } from './seeded-random';

/** Street addresses and instants for synthetic records. */
const STREET_KINDS = [
  'rue',
  'rue',
  'rue',
  'avenue',
  'boulevard',
  'place',
  'chemin',
  'allée',
  'impasse',
  'route',
] as const;

const STREET_NAMES = [
  'de la République',
  'Victor Hugo',
  'Jean Jaurès',
  'du Général de Gaulle',
  'Pasteur',
  'de la Gare',
  'des Écoles',
  'du Stade',
  'de l’Église',
  'des Lilas',
  'Émile Zola',
  'Gambetta',
  'Voltaire',
  'Jean Moulin',
  'de la Mairie',
  'du Moulin',
  'des Tilleuls',
  'de la Paix',
  'Saint-Jacques',
  'des Acacias',
  'du Château',
  'de la Liberté',
  'Louise Michel',
  'Aimé Césaire',
  'Simone Veil',
  'Marie Curie',
  'des Peupliers',
  'du Marché',
  'de Verdun',
  'du 8 Mai 1945',
  'Henri Barbusse',
  'des Jardins',
  'du Port',
  'de la Fontaine',
  'Anatole France',
  'Lamartine',
  'des Vignes',
  'du Lavoir',
  'Paul Éluard',
  'des Frères Lumière',
  'Charles de Gaulle',
  'de la Croix-Rouge',
] as const;

export function streetAddress(random: SeededRandom): string {
  const kind = random.pick(STREET_KINDS);
  const number = kind === 'place' || kind === 'impasse' ? random.int(1, 20) : random.int(1, 180);
  const suffix = random.chance(0.06) ? ' bis' : '';
  return `${number}${suffix} ${kind} ${random.pick(STREET_NAMES)}`;
}

export function streetName(random: SeededRandom): string {
  return random.pick(STREET_NAMES);
}

/**
 * An ISO instant on `date` at `minuteOfDay` (UTC, kept between 06:00 and 20:00 so the Paris calendar date is the same
 * day), never later than `notAfter` when given.
 */
export function instantOn(date: LocalDate, minuteOfDay: number, notAfter?: string): string {
  const minutes = Math.min(Math.max(minuteOfDay, 6 * 60), 20 * 60);
  const iso = `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.000Z`;
  return notAfter && iso > notAfter ? notAfter : iso;
}

/** A random office-hours instant on `date`. */
export function officeInstant(date: LocalDate, random: SeededRandom, notAfter?: string): string {
  return instantOn(date, random.int(7 * 60, 16 * 60), notAfter);
}

/** The date `days` before `date`, drawn between `min` and `max` days. */
export function daysBefore(date: LocalDate, random: SeededRandom, min: number, max: number): LocalDate {
  return addDays(date, -random.int(min, max));
}
