/**
 * Assembling French text: elision before a vowel or a mute h, and agreement with a count. Every place that builds a
 * sentence from parts (a name after « de », a count before a noun) goes through here, so « Session d’Administrateur
 * local », « 1 jour » / « 3 jours » and « la mesure sélectionnée » / « les 3 mesures sélectionnées » read right.
 */

/** The apostrophe the interface uses everywhere (typographic, not the typewriter '). */
export const APOSTROPHE = '’';

/** Words starting with an h that blocks elision (h aspiré) that can appear in the product's vocabulary. */
const ASPIRATED_H = new Set([
  'haut',
  'haute',
  'hauts',
  'hautes',
  'hameau',
  'handicap',
  'handicapé',
  'handicapée',
  'hangar',
  'harcèlement',
  'hasard',
  'hausse',
  'havre',
  'hall',
  'halle',
  'halte',
  'hêtre',
  'hiérarchie',
  'hollande',
  'honte',
  'hors',
  'hongrie',
  'huit',
  'huitième',
  'hutte',
]);

/** Whether a word takes the elided form before it (« l’ », « d’ », « qu’ »…). */
export function startsWithVowelSound(word: string): boolean {
  const trimmed = word.trimStart();
  const first = trimmed.charAt(0).toLowerCase();
  if (first === '') return false;
  // Strip accents so « É », « Î », « Œ »… count as the vowels they are.
  const base = first.normalize('NFD').replace(/\p{M}/gu, '');
  if ('aeiouyœæ'.includes(base)) {
    // « yaourt », « Yves » elide but « y » + vowel as a consonant (« yoga ») does not: keep it simple, y + vowel blocks.
    if (base === 'y') return !/^y[aeiou]/i.test(trimmed.normalize('NFD').replace(/\p{M}/gu, ''));
    return true;
  }
  if (base !== 'h') return false;
  const firstWord = trimmed.split(/[\s-]/)[0]!.toLowerCase();
  return !ASPIRATED_H.has(firstWord);
}

type Elidable = 'de' | 'le' | 'la' | 'que' | 'je' | 'ne' | 'se' | 'ce' | 'lorsque' | 'puisque' | 'jusque';

/**
 * The short word followed by the next one, elided when French elides it: elide('de', 'Administrateur local') is
 * « d’Administrateur local », elide('de', 'Marie') is « de Marie ». Keeps the case of the short word's first letter.
 */
export function elide(short: Elidable | Capitalize<Elidable>, next: string): string {
  if (!startsWithVowelSound(next)) return `${short} ${next}`;
  return `${short.slice(0, -1)}${APOSTROPHE}${next}`;
}

/** « de Marie », « d’Amandine »: the most common case, a name after « de ». */
export function deName(name: string): string {
  return elide('de', name);
}

/**
 * The form of a word for a count: in French 0 and 1 take the singular (« 0 jour », « 1 heure », « 1,5 heure »),
 * 2 and more the plural. The plural defaults to the singular plus « s ».
 */
export function agree(count: number, singular: string, plural = `${singular}s`): string {
  return Math.abs(count) < 2 ? singular : plural;
}

/** A count and its noun: countOf(3, 'jour') is « 3 jours », countOf(1, 'mesure') is « 1 mesure ». */
export function countOf(count: number, singular: string, plural?: string): string {
  return `${count.toLocaleString('fr-FR')} ${agree(count, singular, plural)}`;
}

/**
 * A selection named for an action label: « la mesure sélectionnée » for one, « les 3 mesures sélectionnées » for
 * more. The noun's article is given for the singular (« la », « le », « l’ »).
 */
export function theSelected(
  count: number,
  noun: { singular: string; plural?: string; article: 'le' | 'la' },
  participle: { singular: string; plural?: string },
): string {
  if (count < 2) {
    const named = `${noun.singular} ${participle.singular}`;
    return startsWithVowelSound(noun.singular) ? `l${APOSTROPHE}${named}` : `${noun.article} ${named}`;
  }
  return `les ${count.toLocaleString('fr-FR')} ${noun.plural ?? `${noun.singular}s`} ${participle.plural ?? `${participle.singular}s`}`;
}

/**
 * A list in a sentence: « A », « A et B », « A, B et C ».
 */
export function listInSentence(items: readonly string[], conjunction: 'et' | 'ou' = 'et'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Capitalises the first letter (for a sentence assembled from a lower-case part). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}
