import { authorityAddressee, courtInSentence } from '@shared/domain/measure-authority';
import { authorityOf, followingCourtOf, type MeasureData } from '../document-data';

/** What the documents need of a measure to name its authority (older archived data may lack the newer fields). */
type AuthorityFacts = Pick<MeasureData, 'type' | 'court'> & Partial<MeasureData>;

/** « Madame Claire Roux, juge des enfants, tribunal pour enfants de Lyon »: whom a report goes to. */
export function addresseeOf(measure: AuthorityFacts): string {
  return authorityAddressee(authorityOf(measure), measure.followingMagistrate ?? null, followingCourtOf(measure));
}

/** « Mme Claire Roux, juge des enfants — tribunal pour enfants de Lyon », or the function alone when unnamed. */
export function followedByOf(measure: AuthorityFacts): string {
  const authority = authorityOf(measure);
  const who = measure.followingMagistrate
    ? `${measure.followingMagistrate}, ${authority.title}`
    : authority.magistrateLabel.replace(' ou substitut', '');
  return `${who} — ${courtInSentence(followingCourtOf(measure))}`;
}

/** « Vu les articles 131-8… » or « Vu l’article 41-2… », from the table's legal basis. */
export function seenBasis(basis: string): string {
  if (basis.startsWith('articles ')) return `Vu les ${basis}`;
  if (basis.startsWith('article ')) return `Vu l’${basis}`;
  return `Vu le ${basis}`;
}

/** « de » before the person's noun: « de la personne condamnée », « du mineur condamné ». */
export function ofNoun(noun: string): string {
  return noun.startsWith('le ') ? `du ${noun.slice(3)}` : `de ${noun}`;
}

/**
 * « , président(e) : Mme Lemoine » after the decision, when the sentencing court's president is known. A composition
 * pénale has no president: a judge validates the procureur's proposal (CPP 41-2).
 */
export function presidentPart(measure: Pick<MeasureData, 'magistrate' | 'type'>): string {
  if (!measure.magistrate) return '';
  return measure.type === 'tnr' ? `, validée par ${measure.magistrate}` : `, président(e) : ${measure.magistrate}`;
}

/** A sentence of the table after « Rappel : »: its first letter in lower case. */
export function afterColon(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
