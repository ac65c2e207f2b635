/** Kinds of host organisation (code pénal 131-8; code pénitentiaire R.623-1 ff.). */
export const HOST_TYPES = [
  'collectivite',
  'etablissement_public',
  'hopital',
  'association',
  'entreprise_service_public',
  'entreprise_ess',
  'societe_a_mission',
] as const;
export type HostType = (typeof HOST_TYPES)[number];

export const HOST_TYPE_LABELS: Record<HostType, string> = {
  collectivite: 'Collectivité territoriale',
  etablissement_public: 'Établissement public',
  hopital: 'Hôpital public',
  association: 'Association',
  entreprise_service_public: 'Entreprise chargée d’une mission de service public',
  entreprise_ess: 'Entreprise de l’économie sociale et solidaire',
  societe_a_mission: 'Société à mission',
};

/** Public bodies are habilitated by right; the others need a habilitation by the SPIP director. */
export function isHabilitatedByRight(type: HostType): boolean {
  return type === 'collectivite' || type === 'etablissement_public' || type === 'hopital';
}

/** National framework agreements signed by ATIGIP with large partners. */
export const NATIONAL_PARTNERSHIPS = [
  'la_poste',
  'sncf',
  'onf',
  'emmaus_france',
  'croix_rouge',
  'restos_du_coeur',
  'secours_populaire',
  'apf_france_handicap',
  'fondation_abbe_pierre',
  'federation_francaise_de_football',
  'fondation_du_patrimoine',
] as const;
export type NationalPartnership = (typeof NATIONAL_PARTNERSHIPS)[number];

export const NATIONAL_PARTNERSHIP_LABELS: Record<NationalPartnership, string> = {
  la_poste: 'La Poste',
  sncf: 'SNCF',
  onf: 'Office national des forêts',
  emmaus_france: 'Emmaüs France',
  croix_rouge: 'Croix-Rouge française',
  restos_du_coeur: 'Restos du cœur',
  secours_populaire: 'Secours populaire français',
  apf_france_handicap: 'APF France handicap',
  fondation_abbe_pierre: 'Fondation pour le logement des défavorisés',
  federation_francaise_de_football: 'Fédération française de football',
  fondation_du_patrimoine: 'Fondation du patrimoine',
};
