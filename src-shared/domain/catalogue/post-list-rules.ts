/**
 * Rules on putting a post on the departmental list and striking it off (code pénitentiaire R.623-1 ff.: the list
 * holds posts of habilitated hosts; a removal follows the same path as the registration).
 */

export interface HostStanding {
  name: string;
  /** Public bodies are habilitated by right. */
  byRight: boolean;
  /** Holds a habilitation valid today. */
  habilitatedToday: boolean;
  /** A habilitation request awaits its decision. */
  requestPending: boolean;
}

/**
 * A post of a private host that is not habilitated can only be put forward together with the host's habilitation
 * request: one already under way, or one recorded in the same step (`withRequest`). Returns the refusal, or null.
 */
export function inscriptionHabilitationProblem(host: HostStanding, withRequest: boolean): string | null {
  if (host.byRight || host.habilitatedToday || host.requestPending || withRequest) return null;
  return `La structure « ${host.name} » n’est pas habilitée : joignez sa demande d’habilitation à cette demande d’inscription, ou enregistrez-la d’abord (« Demander l’habilitation » sur la fiche de la structure).`;
}

/** Whether a habilitation request given with the inscription is out of place, and why. */
export function needlessHabilitationRequest(host: HostStanding): string | null {
  if (host.byRight)
    return `« ${host.name} » est une personne publique, habilitée de plein droit : aucune demande d’habilitation n’est nécessaire.`;
  if (host.requestPending) return 'Une demande d’habilitation est déjà en cours pour cette structure.';
  if (host.habilitatedToday) return `La structure « ${host.name} » est habilitée : aucune demande n’est à joindre.`;
  return null;
}

/**
 * A post where people are placed cannot be struck off the list until their placements end or move to another
 * post. `people` are what the caller's role may see of each (dossier number, or name and dossier number).
 */
export function radiationPlacementsProblem(people: readonly string[]): string | null {
  if (people.length === 0) return null;
  const n = people.length;
  const who =
    n === 1
      ? `1 personne est affectée à ce poste (${people[0]})`
      : `${n} personnes sont affectées à ce poste (${people.join(', ')})`;
  return `${who} : il ne peut être radié qu’une fois ${n === 1 ? 'son affectation terminée ou déplacée' : 'leurs affectations terminées ou déplacées'}.`;
}
