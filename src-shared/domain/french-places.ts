/**
 * A place name after « de » or « à », as French writes it: « du Mans », « au Mans », « des Sables-d’Olonne »,
 * « aux Sables-d’Olonne », « d’Évry-Courcouronnes », « de La Rochelle ». Used wherever a court or a town is printed
 * or shown after one of these words.
 */

// A vowel (accented or not), y or a mute h: « d’Agen », « d’Yssingeaux », « d’Hazebrouck ».
const ELIDING = /^[aàâäeéèêëiîïoôöuùûüyœæh]/i;

/** Splits « Le Mans » into the article and the rest; names without a leading article have none. */
function leadingArticle(place: string): { article: 'le' | 'les' | null; rest: string } {
  const match = /^(le|les)\s+(.+)$/i.exec(place.trim());
  if (!match) return { article: null, rest: place.trim() };
  return { article: match[1]!.toLowerCase() as 'le' | 'les', rest: match[2]! };
}

/** « de » and the place: « de Bordeaux », « du Puy-en-Velay », « des Sables-d’Olonne », « d’Évry-Courcouronnes ». */
export function ofPlace(place: string): string {
  const { article, rest } = leadingArticle(place);
  if (article === 'le') return `du ${rest}`;
  if (article === 'les') return `des ${rest}`;
  // « La » and « L’ » do not contract: « de La Rochelle », « de L’Haÿ-les-Roses ».
  return ELIDING.test(rest) ? `d’${rest}` : `de ${rest}`;
}

/** « à » and the place: « à Bordeaux », « au Mans », « aux Sables-d’Olonne », « à Évry-Courcouronnes ». */
export function atPlace(place: string): string {
  const { article, rest } = leadingArticle(place);
  if (article === 'le') return `au ${rest}`;
  if (article === 'les') return `aux ${rest}`;
  return `à ${rest}`;
}
