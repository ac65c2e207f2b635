import { addDays, type LocalDate } from '@shared/domain/local-date';
import type { HostType } from '@shared/domain/catalogue/host-types';
import { PROSPECT_STATUSES, type ProspectStatus } from '@shared/domain/catalogue/post-categories';
import { uuidv7 } from '../util/uuid7';
import { DepartementPicker } from './departements';
import { instantOn } from './demo-addresses';
import { fullName, landline, ofTown, personName } from './demo-contacts';
import type { HostRow } from './demo-hosts';
import type { SeededRandom } from './seeded-random';

/**
 * The référents' prospection pipeline: organisations approached to offer TIG posts, at every step (à contacter,
 * contactée, rendez-vous, dossier en cours, habilitée, refus), each with its next action and the history of steps.
 * Those that became habilitated point to their host.
 */
export interface ProspectRow {
  id: string;
  name: string;
  kind: HostType | null;
  city: string | null;
  contact: string | null;
  status: ProspectStatus;
  next_action: string | null;
  next_action_on: string | null;
  history: string;
  host_id: string | null;
  created_at: string;
  updated_at: string;
}

const WEIGHTS: Record<ProspectStatus, number> = {
  a_contacter: 25,
  contacte: 22,
  rendez_vous: 15,
  dossier_en_cours: 13,
  habilitee: 15,
  refus: 10,
};

const CANDIDATES: ReadonlyArray<[HostType, (city: string) => string]> = [
  ['association', (c) => `Association des jardins familiaux ${ofTown(c)}`],
  ['association', (c) => `Épicerie solidaire ${ofTown(c)}`],
  ['association', (c) => `Club de rugby ${ofTown(c)}`],
  ['entreprise_ess', (c) => `Atelier vélo solidaire ${ofTown(c)}`],
  ['entreprise_ess', (c) => `Ressourcerie du pays ${ofTown(c)}`],
  ['societe_a_mission', (c) => `Société coopérative Bois et Territoires ${c}`],
  ['entreprise_service_public', (c) => `Régie des eaux ${ofTown(c)}`],
  ['collectivite', (c) => `Commune voisine ${ofTown(c)} — services techniques`],
  ['etablissement_public', (c) => `Lycée agricole ${ofTown(c)}`],
];

const STEP_NOTES: Record<ProspectStatus, readonly string[]> = {
  a_contacter: ['Repéré lors du forum des associations.', 'Suggestion d’un CPIP.', 'Signalé par la mairie.'],
  contacte: ['Premier appel : intéressé, demande une documentation.', 'Courriel envoyé avec la plaquette TIG.'],
  rendez_vous: ['Rendez-vous fixé avec la direction.', 'Visite des locaux prévue.'],
  dossier_en_cours: ['Dossier d’habilitation remis ; pièces à compléter.', 'Statuts et liste des tuteurs reçus.'],
  habilitee: ['Habilitation accordée par la directrice du SPIP.'],
  refus: [
    'Pas de tuteur disponible cette année.',
    'Le conseil d’administration ne souhaite pas accueillir de TIG.',
    'Assurance jugée insuffisante par la structure.',
  ],
};

const NEXT: Record<ProspectStatus, readonly string[]> = {
  a_contacter: ['Premier appel au secrétariat', 'Envoyer la plaquette de présentation du TIG'],
  contacte: ['Relancer par téléphone', 'Proposer un rendez-vous'],
  rendez_vous: ['Rendez-vous sur place avec le responsable', 'Présenter le TIG au bureau de l’association'],
  dossier_en_cours: ['Récupérer l’attestation d’assurance', 'Compléter la liste des tuteurs'],
  habilitee: ['Demander l’inscription des postes sur la liste départementale', 'Organiser la formation des tuteurs'],
  refus: ['Recontacter dans un an'],
};

/** The steps a prospect went through to reach `status`. */
function path(status: ProspectStatus, random: SeededRandom): ProspectStatus[] {
  if (status === 'refus') return [...PROSPECT_STATUSES.slice(0, random.int(1, 3)), 'refus'];
  return PROSPECT_STATUSES.slice(0, PROSPECT_STATUSES.indexOf(status) + 1);
}

/** A private host habilitated after a prospection, and the day of its first grant. */
export interface WonHost {
  host: HostRow;
  grantedOn: LocalDate;
}

export function generateProspects(
  count: number,
  won: readonly WonHost[],
  referents: readonly string[],
  today: LocalDate,
  nowIso: string,
  random: SeededRandom,
): ProspectRow[] {
  const picker = new DepartementPicker();
  const rows: ProspectRow[] = [];
  for (let i = 0; i < count; i++) {
    const status = i < PROSPECT_STATUSES.length ? PROSPECT_STATUSES[i]! : random.weighted(WEIGHTS);
    const linked = status === 'habilitee' && won.length > 0 ? random.pick(won) : null;
    const host = linked?.host ?? null;
    const dep = picker.pick(random);
    const [kind, nameOf] = random.pick(CANDIDATES);
    const contact = personName(dep, random);
    const steps = path(status, random);
    // Dated backwards from the last step: the grant for a host that was won, else a recent day.
    const dates: LocalDate[] = [linked ? linked.grantedOn : addDays(today, -random.int(0, 120))];
    for (let n = steps.length - 1; n > 0; n--) dates.unshift(addDays(dates[0]!, -random.int(5, 60)));
    const history = steps.map((step, n) => ({
      at: instantOn(dates[n]!, random.int(8 * 60, 17 * 60), nowIso),
      status: step,
      note: random.pick(STEP_NOTES[step]),
      by: referents.length > 0 ? random.pick(referents) : null,
    }));
    const closed = status === 'refus' || status === 'habilitee';
    const next = closed && random.chance(0.5) ? null : random.pick(NEXT[status]);
    const nextOn = next ? addDays(today, status === 'refus' ? random.int(200, 365) : random.int(-5, 30)) : null;
    rows.push({
      id: uuidv7(Date.parse(history[0]!.at)),
      name: host ? host.name : nameOf(dep.prefecture),
      kind: host ? host.kind : kind,
      city: host ? host.city : dep.prefecture,
      contact: host
        ? host.contact_name
        : `${contact.female ? 'Mme' : 'M.'} ${fullName(contact)} — ${landline(dep, random)}`,
      status,
      next_action: next,
      next_action_on: nextOn,
      history: JSON.stringify(history),
      host_id: host?.id ?? null,
      created_at: history[0]!.at,
      updated_at: history.at(-1)!.at,
    });
  }
  return rows;
}
