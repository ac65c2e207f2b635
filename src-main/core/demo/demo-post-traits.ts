import type { PhysicalDemand, PostCategory } from '@shared/domain/catalogue/post-categories';
import type { OffenceCategory } from '@shared/domain/measure-types';
import type { SeededRandom } from './seeded-random';

/**
 * What matching reads on a post beyond its schedule: physical demands of the activity, access (PMR, public
 * transport, better in town centres), offence categories the host will not take (children's settings, vulnerable
 * people, handling money or mail, driving), the skills that help, and whether it is a collective project.
 */
export interface PostTraits {
  physical_requirements: string;
  pmr_accessible: boolean;
  public_transport: boolean;
  excluded_offences: string;
  useful_skills: string;
  collective: boolean;
}

/** Demands of each activity: always there, or with the given probability. */
const DEMANDS: Record<PostCategory, ReadonlyArray<[PhysicalDemand, number]>> = {
  espaces_verts: [
    ['travail_exterieur', 1],
    ['port_de_charges', 0.5],
    ['gestes_repetitifs', 0.3],
  ],
  entretien_batiments: [
    ['station_debout', 0.8],
    ['port_de_charges', 0.4],
    ['travail_en_hauteur', 0.25],
  ],
  proprete_urbaine: [
    ['travail_exterieur', 1],
    ['station_debout', 1],
    ['port_de_charges', 0.4],
  ],
  restauration_aide_alimentaire: [
    ['station_debout', 1],
    ['port_de_charges', 0.5],
  ],
  accueil_administratif: [['gestes_repetitifs', 0.2]],
  logistique_manutention: [
    ['port_de_charges', 1],
    ['station_debout', 0.6],
    ['gestes_repetitifs', 0.4],
  ],
  animation: [['station_debout', 0.3]],
  environnement_nature: [
    ['travail_exterieur', 1],
    ['port_de_charges', 0.5],
  ],
  hopital_soin: [
    ['station_debout', 1],
    ['port_de_charges', 0.2],
  ],
  culture_patrimoine: [
    ['station_debout', 0.4],
    ['travail_en_hauteur', 0.15],
  ],
  sport: [
    ['travail_exterieur', 0.6],
    ['port_de_charges', 0.3],
  ],
  chantier_collectif: [
    ['port_de_charges', 1],
    ['travail_exterieur', 1],
    ['travail_en_hauteur', 0.3],
  ],
};

/** Skills worded as on persons' records, so that matching finds them. */
const SKILLS: Record<PostCategory, readonly string[]> = {
  espaces_verts: ['jardinage', 'conduite d’engins', 'bricolage'],
  entretien_batiments: ['peinture', 'bricolage', 'électricité', 'plomberie', 'menuiserie'],
  proprete_urbaine: ['nettoyage', 'conduite'],
  restauration_aide_alimentaire: ['cuisine', 'manutention', 'accueil du public'],
  accueil_administratif: ['accueil du public', 'informatique'],
  logistique_manutention: ['manutention', 'conduite', 'informatique'],
  animation: ['accueil du public', 'informatique', 'cuisine'],
  environnement_nature: ['jardinage', 'bricolage', 'manutention'],
  hopital_soin: ['nettoyage', 'accueil du public'],
  culture_patrimoine: ['maçonnerie', 'menuiserie', 'informatique'],
  sport: ['bricolage', 'jardinage', 'accueil du public'],
  chantier_collectif: ['maçonnerie', 'peinture', 'menuiserie', 'bricolage'],
};

const PMR_LIKELY: readonly PostCategory[] = [
  'accueil_administratif',
  'culture_patrimoine',
  'animation',
  'restauration_aide_alimentaire',
  'hopital_soin',
];

export interface TraitContext {
  category: PostCategory;
  /** Schools, media libraries, youth clubs. */
  children: boolean;
  careSetting: boolean;
  drivingLicenceRequired: boolean;
  /** Kilometres from the prefecture's centre; overseas posts have fewer buses. */
  kmFromCentre: number;
  drom: boolean;
}

function excludedOffences(ctx: TraitContext, random: SeededRandom): OffenceCategory[] {
  const excluded = new Set<OffenceCategory>();
  const withChildren = ctx.children || ctx.category === 'animation' || ctx.category === 'sport';
  const childrenRate = ctx.children || ctx.category === 'animation' ? 0.9 : 0.6;
  if (withChildren && random.chance(childrenRate)) {
    excluded.add('infractions_sexuelles');
    excluded.add('violences_intrafamiliales');
  }
  if ((ctx.careSetting || ctx.category === 'hopital_soin') && random.chance(0.6)) {
    excluded.add('infractions_sexuelles');
    if (random.chance(0.5)) excluded.add('violences');
  }
  if (ctx.category === 'accueil_administratif' && random.chance(0.35)) excluded.add('escroquerie');
  if (ctx.category === 'restauration_aide_alimentaire' && random.chance(0.12)) excluded.add('escroquerie');
  if (ctx.drivingLicenceRequired && random.chance(0.6)) excluded.add('securite_routiere');
  if (random.chance(0.03)) excluded.add('port_arme');
  // In the order of the offence categories, as the post form lists them.
  const order: OffenceCategory[] = [
    'atteinte_biens',
    'violences',
    'violences_intrafamiliales',
    'infractions_sexuelles',
    'stupefiants',
    'securite_routiere',
    'outrage_rebellion',
    'escroquerie',
    'port_arme',
    'autre',
  ];
  return order.filter((o) => excluded.has(o));
}

export function postTraits(ctx: TraitContext, random: SeededRandom): PostTraits {
  const demands = DEMANDS[ctx.category].filter(([, p]) => p >= 1 || random.chance(p)).map(([d]) => d);
  const skills = random.sample(SKILLS[ctx.category], random.int(1, Math.min(3, SKILLS[ctx.category].length)));
  const transportRate = ctx.drom ? 0.35 : ctx.kmFromCentre < 2.5 ? 0.9 : ctx.kmFromCentre < 5 ? 0.6 : 0.3;
  const heavy =
    ctx.category === 'chantier_collectif' ||
    ctx.category === 'environnement_nature' ||
    ctx.category === 'espaces_verts';
  return {
    physical_requirements: JSON.stringify(demands),
    pmr_accessible: random.chance(PMR_LIKELY.includes(ctx.category) ? 0.7 : heavy ? 0.08 : 0.35),
    public_transport: random.chance(transportRate),
    excluded_offences: JSON.stringify(excludedOffences(ctx, random)),
    useful_skills: JSON.stringify(skills),
    collective:
      ctx.category === 'chantier_collectif' || (ctx.category === 'environnement_nature' && random.chance(0.15)),
  };
}
