import { addDays, addMonths, minDate, type LocalDate } from '@shared/domain/local-date';
import type { PostCategory } from '@shared/domain/catalogue/post-categories';
import { uuidv7 } from '../util/uuid7';
import { DEPARTEMENTS, type Departement } from './departements';
import { officeInstant } from './demo-addresses';
import { emailAt, hostDomain, landline, mobile, personName } from './demo-contacts';
import type { SeededRandom } from './seeded-random';

/**
 * Tutors (the identity the post registration requires: names, date and place of birth, role), their training, and
 * who supervises which post: every post has one or two tutors of its own host, and every tutor supervises a post.
 */
export interface TutorRow {
  id: string;
  host_id: string;
  last_name: string;
  first_name: string;
  birth_date: string;
  birth_place: string;
  role: string;
  phone: string | null;
  email: string | null;
  trainings: string;
  created_at: string;
  updated_at: string;
}

export interface PostTutorRow {
  post_id: string;
  tutor_id: string;
}

export interface TutorRef {
  id: string;
  name: string;
}

/** A host and its posts, in the order the posts were generated. */
export interface HostPosts {
  hostId: string;
  hostName: string;
  dep: Departement;
  createdOn: LocalDate;
  posts: Array<{ id: string; category: PostCategory }>;
}

const ROLES: Record<PostCategory, readonly string[]> = {
  espaces_verts: ['Responsable des espaces verts', 'Chef d’équipe espaces verts', 'Jardinier'],
  entretien_batiments: ['Agent de maintenance des bâtiments', 'Responsable des services techniques'],
  proprete_urbaine: ['Chef d’équipe propreté', 'Agent de maîtrise propreté urbaine'],
  restauration_aide_alimentaire: ['Responsable de la distribution', 'Cuisinier', 'Bénévole référent'],
  accueil_administratif: ['Agent d’accueil', 'Secrétaire de mairie', 'Responsable administratif'],
  logistique_manutention: ['Responsable d’entrepôt', 'Magasinier'],
  animation: ['Animateur', 'Coordinateur jeunesse'],
  environnement_nature: ['Technicien forestier', 'Encadrant technique'],
  hopital_soin: ['Cadre de santé', 'Responsable hôtelier'],
  culture_patrimoine: ['Régisseur', 'Responsable de la médiathèque'],
  sport: ['Gardien d’équipements sportifs', 'Éducateur sportif'],
  chantier_collectif: ['Encadrant technique', 'Éducateur technique'],
};

const TRAININGS: ReadonlyArray<[string, number]> = [
  ['Accueil d’une personne en TIG', 0.7],
  ['Sécurité au travail', 0.45],
  ['Gestes et postures', 0.25],
  ['Prévention et gestion des conflits', 0.2],
  ['Sauveteur secouriste du travail', 0.2],
];
const BORN_ABROAD = [
  'Alger (Algérie)',
  'Casablanca (Maroc)',
  'Lisbonne (Portugal)',
  'Dakar (Sénégal)',
  'Bruxelles (Belgique)',
];

function tutorRow(
  host: HostPosts,
  category: PostCategory,
  today: LocalDate,
  nowIso: string,
  random: SeededRandom,
): TutorRow {
  const name = personName(host.dep, random);
  const createdOn = minDate(addDays(host.createdOn, random.int(0, 30)), today);
  const at = officeInstant(createdOn, random, nowIso);
  const trainings: Array<{ module: string; date: string }> = [];
  for (const [module, rate] of TRAININGS) {
    if (random.chance(rate)) trainings.push({ module, date: minDate(addDays(createdOn, random.int(0, 900)), today) });
  }
  trainings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const born = random.chance(0.5)
    ? host.dep.prefecture
    : random.chance(0.9)
      ? random.pick(DEPARTEMENTS).prefecture
      : random.pick(BORN_ABROAD);
  return {
    id: uuidv7(Date.parse(at)),
    host_id: host.hostId,
    last_name: name.last,
    first_name: name.first,
    birth_date: addDays(addMonths(today, -12 * 25), -random.int(1, 38 * 365)),
    birth_place: born,
    role: random.pick(ROLES[category]),
    phone: random.chance(0.9) ? (random.chance(0.6) ? mobile(host.dep, random) : landline(host.dep, random)) : null,
    email: random.chance(0.8) ? emailAt(name, hostDomain(host.hostName)) : null,
    trainings: JSON.stringify(trainings),
    created_at: at,
    updated_at: trainings.length > 0 ? officeInstant(trainings.at(-1)!.date, random, nowIso) : at,
  };
}

/**
 * `total` tutors over the hosts (at least one each, the others where there are more posts, at most one more than
 * the host's posts), linked to the posts: post i of a host has tutor i (mod n), and a second one at times.
 */
export function generateTutors(
  hosts: readonly HostPosts[],
  total: number,
  today: LocalDate,
  nowIso: string,
  random: SeededRandom,
) {
  const counts = hosts.map(() => 1);
  const postOwners = hosts.flatMap((h, i) => h.posts.map(() => i));
  let extra = Math.max(0, total - hosts.length);
  for (let attempt = 0; extra > 0 && attempt < total * 20 && postOwners.length > 0; attempt++) {
    const h = random.pick(postOwners);
    if (counts[h]! > hosts[h]!.posts.length) continue;
    counts[h]! += 1;
    extra -= 1;
  }
  const tutors: TutorRow[] = [];
  const links: PostTutorRow[] = [];
  const byPost = new Map<string, TutorRef[]>();
  hosts.forEach((host, h) => {
    const own: TutorRow[] = [];
    for (let i = 0; i < counts[h]!; i++)
      own.push(
        tutorRow(
          host,
          host.posts[i % Math.max(1, host.posts.length)]?.category ?? 'accueil_administratif',
          today,
          nowIso,
          random,
        ),
      );
    tutors.push(...own);
    host.posts.forEach((post, i) => {
      const chosen = [own[i % own.length]!];
      // The tutor beyond the host's posts seconds the first post; others second at times.
      if (own.length > host.posts.length && i === 0) chosen.push(own[own.length - 1]!);
      else if (own.length > 1 && random.chance(0.25)) chosen.push(own[(i + 1) % own.length]!);
      const refs: TutorRef[] = [];
      for (const tutor of chosen) {
        if (refs.some((r) => r.id === tutor.id)) continue;
        links.push({ post_id: post.id, tutor_id: tutor.id });
        refs.push({ id: tutor.id, name: `${tutor.first_name} ${tutor.last_name}` });
      }
      byPost.set(post.id, refs);
    });
  });
  return { tutors, links, byPost };
}
