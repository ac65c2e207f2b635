import { POST_CATEGORIES, POST_CATEGORY_LABELS, type PostCategory } from '@shared/domain/catalogue/post-categories';

/**
 * One colour per activity category, in POST_CATEGORIES order (map.points sends the index). Dark enough for white
 * numbers on the badges (contrast ≥ 4.5:1), and distinct in hue.
 */
export const CATEGORY_COLOURS: readonly string[] = [
  '#1b6e20', // espaces verts
  '#6d4c41', // entretien de bâtiments
  '#455a64', // propreté urbaine
  '#b3261e', // restauration et aide alimentaire
  '#000091', // accueil et administratif
  '#8a4b00', // logistique et manutention
  '#8e24aa', // animation
  '#00695c', // environnement et nature
  '#c2185b', // hôpital et soin
  '#5d4037', // culture et patrimoine
  '#0d47a1', // sport
  '#37474f', // chantier collectif
];

/** Grey for a post with no free place: it is still shown, but reads as full. */
export const FULL_COLOUR = '#757575';

export function categoryAt(index: number): PostCategory | undefined {
  return POST_CATEGORIES[index];
}

export function categoryColour(category: PostCategory): string {
  return CATEGORY_COLOURS[POST_CATEGORIES.indexOf(category)] ?? FULL_COLOUR;
}

export function categoryLabelAt(index: number): string {
  const category = categoryAt(index);
  return category ? POST_CATEGORY_LABELS[category] : 'Catégorie inconnue';
}

/** "1 place libre", "3 places libres", "aucune place libre". */
export function freePlacesLabel(free: number): string {
  if (free <= 0) return 'aucune place libre';
  return `${free} place${free > 1 ? 's' : ''} libre${free > 1 ? 's' : ''}`;
}
