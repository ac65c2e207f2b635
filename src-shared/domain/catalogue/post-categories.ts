export const POST_CATEGORIES = [
  'espaces_verts',
  'entretien_batiments',
  'proprete_urbaine',
  'restauration_aide_alimentaire',
  'accueil_administratif',
  'logistique_manutention',
  'animation',
  'environnement_nature',
  'hopital_soin',
  'culture_patrimoine',
  'sport',
  'chantier_collectif',
] as const;
export type PostCategory = (typeof POST_CATEGORIES)[number];

export const POST_CATEGORY_LABELS: Record<PostCategory, string> = {
  espaces_verts: 'Espaces verts',
  entretien_batiments: 'Entretien de bâtiments',
  proprete_urbaine: 'Propreté urbaine',
  restauration_aide_alimentaire: 'Restauration et aide alimentaire',
  accueil_administratif: 'Accueil et administratif',
  logistique_manutention: 'Logistique et manutention',
  animation: 'Animation',
  environnement_nature: 'Environnement et nature',
  hopital_soin: 'Hôpital et soin',
  culture_patrimoine: 'Culture et patrimoine',
  sport: 'Sport',
  chantier_collectif: 'Chantier collectif',
};

/** Physical demands of a post, matched against a person's limits. */
export const PHYSICAL_DEMANDS = [
  'port_de_charges',
  'station_debout',
  'travail_exterieur',
  'travail_en_hauteur',
  'gestes_repetitifs',
] as const;
export type PhysicalDemand = (typeof PHYSICAL_DEMANDS)[number];

export const PHYSICAL_DEMAND_LABELS: Record<PhysicalDemand, string> = {
  port_de_charges: 'port de charges',
  station_debout: 'station debout prolongée',
  travail_exterieur: 'travail en extérieur',
  travail_en_hauteur: 'travail en hauteur',
  gestes_repetitifs: 'gestes répétitifs',
};

export const PROSPECT_STATUSES = [
  'a_contacter',
  'contacte',
  'rendez_vous',
  'dossier_en_cours',
  'habilitee',
  'refus',
] as const;
export type ProspectStatus = (typeof PROSPECT_STATUSES)[number];
export const PROSPECT_STATUS_LABELS: Record<ProspectStatus, string> = {
  a_contacter: 'À contacter',
  contacte: 'Contactée',
  rendez_vous: 'Rendez-vous',
  dossier_en_cours: 'Dossier en cours',
  habilitee: 'Habilitée',
  refus: 'Refus',
};
