import { WEEKDAYS, type DayPart, type Weekday, type WeeklySlot } from '@shared/domain/weekly-slots';
import type { SeededRandom } from './seeded-random';
import { POST_CATEGORIES, type PostCategory } from '@shared/domain/catalogue/post-categories';

/** Titles, descriptions and usual hours of the posts of each activity category. */
export { POST_CATEGORIES, type PostCategory };

const TITLES: Record<PostCategory, readonly string[]> = {
  espaces_verts: [
    'Agent d’entretien des espaces verts',
    'Aide-jardinier',
    'Entretien des parcs et jardins',
    'Fleurissement de la commune',
  ],
  entretien_batiments: [
    'Agent d’entretien des bâtiments',
    'Peinture et petits travaux',
    'Rénovation de locaux associatifs',
    'Aide à la maintenance',
  ],
  proprete_urbaine: [
    'Agent de propreté urbaine',
    'Nettoyage de la voirie',
    'Ramassage des encombrants',
    'Entretien des abords des écoles',
  ],
  restauration_aide_alimentaire: [
    'Distribution de repas',
    'Aide à la banque alimentaire',
    'Préparation des colis alimentaires',
    'Aide en cuisine collective',
  ],
  accueil_administratif: [
    'Aide à l’accueil du public',
    'Classement et archivage',
    'Aide administrative',
    'Mise sous pli et courrier',
  ],
  logistique_manutention: [
    'Manutentionnaire',
    'Tri et rangement en entrepôt',
    'Aide au déménagement de services',
    'Tri des dons',
  ],
  animation: [
    'Aide à l’animation de quartier',
    'Accompagnement des sorties',
    'Soutien aux activités périscolaires',
    'Animation d’ateliers',
  ],
  environnement_nature: [
    'Entretien des sentiers',
    'Nettoyage des berges',
    'Tri en ressourcerie',
    'Débroussaillage des espaces naturels',
  ],
  hopital_soin: [
    'Aide aux agents de service hospitalier',
    'Brancardage non médical',
    'Accompagnement des résidents',
    'Entretien des chambres',
  ],
  culture_patrimoine: [
    'Restauration du patrimoine bâti',
    'Aide en médiathèque',
    'Entretien d’un site historique',
    'Aide à la régie d’exposition',
  ],
  sport: [
    'Entretien des équipements sportifs',
    'Aide à l’organisation d’événements sportifs',
    'Accueil au gymnase',
    'Entretien du stade',
  ],
  chantier_collectif: [
    'Chantier collectif de rénovation',
    'Chantier TIG collectif en forêt',
    'Chantier de restauration de murets',
    'Chantier collectif d’embellissement',
  ],
};

const DESCRIPTIONS: Record<PostCategory, string> = {
  espaces_verts: 'Tonte, taille, désherbage manuel et ramassage des feuilles avec l’équipe municipale.',
  entretien_batiments:
    'Petits travaux de peinture, nettoyage et maintenance courante des locaux, encadrés par un agent technique.',
  proprete_urbaine: 'Nettoyage des rues et des places, vidage des corbeilles, signalement des dépôts sauvages.',
  restauration_aide_alimentaire:
    'Réception des denrées, préparation des colis et distribution aux bénéficiaires avec les bénévoles.',
  accueil_administratif:
    'Orientation du public, classement, photocopies et mise sous pli, au sein d’un service administratif.',
  logistique_manutention: 'Réception, tri et rangement de marchandises ou de mobilier ; port de charges modérées.',
  animation: 'Participation à l’encadrement d’activités de loisirs et à la préparation des ateliers.',
  environnement_nature: 'Entretien d’espaces naturels et tri de matériaux de réemploi, en équipe.',
  hopital_soin: 'Aide aux équipes hôtelières : entretien, distribution des plateaux, accompagnement non médical.',
  culture_patrimoine: 'Aide à l’entretien et à la mise en valeur d’un site ou d’une collection.',
  sport: 'Préparation et entretien des installations, aide lors des manifestations sportives.',
  chantier_collectif: 'Chantier encadré par un éducateur technique, en petit groupe de personnes en TIG.',
};

export function postTitle(category: PostCategory, random: SeededRandom): string {
  return random.pick(TITLES[category]);
}

export function postDescription(category: PostCategory, _random: SeededRandom): string {
  return DESCRIPTIONS[category];
}

const WEEKDAYS_ONLY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

function slotsOf(days: readonly Weekday[], parts: readonly DayPart[]): WeeklySlot[] {
  return days.flatMap((day) => parts.map((part) => `${day}_${part}` as WeeklySlot));
}

/**
 * The weekly schedule a post offers: weekday mornings and afternoons for most, with evenings and weekends where the
 * activity runs then (food aid, sport, animation, hospitals, street cleaning).
 */
export function postSchedule(category: PostCategory, random: SeededRandom): WeeklySlot[] {
  const days = random.sample(WEEKDAYS_ONLY, random.int(2, 5));
  const parts: DayPart[] = random.chance(0.5)
    ? ['morning', 'afternoon']
    : [random.chance(0.6) ? 'morning' : 'afternoon'];
  const slots = slotsOf(days, parts);
  const eveningLikely = [
    'restauration_aide_alimentaire',
    'sport',
    'animation',
    'hopital_soin',
    'proprete_urbaine',
  ].includes(category);
  const weekendLikely =
    eveningLikely ||
    category === 'chantier_collectif' ||
    category === 'culture_patrimoine' ||
    category === 'environnement_nature';
  if (random.chance(eveningLikely ? 0.45 : 0.05))
    slots.push(...slotsOf(random.sample(WEEKDAYS_ONLY, random.int(1, 3)), ['evening']));
  if (random.chance(weekendLikely ? 0.5 : 0.1)) {
    slots.push(
      ...slotsOf(
        random.chance(0.7) ? ['sat'] : ['sat', 'sun'],
        random.chance(0.6) ? ['morning'] : ['morning', 'afternoon'],
      ),
    );
  }
  const set = new Set(slots);
  return slotsOf(WEEKDAYS, ['morning', 'afternoon', 'evening']).filter((slot) => set.has(slot));
}
