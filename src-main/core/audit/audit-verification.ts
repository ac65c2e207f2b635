import type { AuditVerification } from '@shared/schemas/audit';
import { AnchorBrokenError, type AuditAnchor, type AuditCheckpoint } from './audit-anchor';
import type { AuditTrail } from './audit-trail';

const FRENCH_INSTANT = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function checkpointName(checkpoint: AuditCheckpoint): string {
  return `point de contrôle signé du ${FRENCH_INSTANT.format(new Date(checkpoint.at))} (entrée n° ${checkpoint.seq})`;
}

/**
 * The chain checked against itself (every entry hashed into the next) and then against the latest checkpoint its
 * anchor signed: a chain re-hashed after an edit, rewound, wiped or replaced by an older copy passes the first test
 * but no longer contains the signed head, or stops before it (a fork).
 */
export async function verifyAuditTrail(trail: AuditTrail, anchor: AuditAnchor): Promise<AuditVerification> {
  let checkpoint: AuditCheckpoint | null;
  try {
    checkpoint = await anchor.latest();
  } catch (error) {
    if (!(error instanceof AnchorBrokenError)) throw error;
    const chain = await trail.verify();
    return {
      ...chain,
      ok: false,
      problem: `${error.message}${chain.problem ? ` ${chain.problem}` : ''}`,
      lastCheckpoint: null,
    };
  }
  const chain = await trail.verify();
  if (!chain.ok) return { ...chain, lastCheckpoint: null };
  if (!checkpoint) {
    if (chain.checked === 0) return { ...chain, lastCheckpoint: null };
    return {
      ...chain,
      ok: false,
      firstBadSeq: null,
      problem: 'Aucun point de contrôle signé ne certifie ce journal.',
      lastCheckpoint: null,
    };
  }
  if (chain.checked < checkpoint.seq) {
    return {
      ...chain,
      ok: false,
      firstBadSeq: chain.checked + 1,
      problem:
        `Le journal s’arrête à l’entrée n° ${chain.checked} alors que le ${checkpointName(checkpoint)} en certifie ` +
        `${checkpoint.seq} : des entrées ont été supprimées ou la base a été remplacée par une copie plus ancienne.`,
      lastCheckpoint: null,
    };
  }
  if ((await trail.hashAt(checkpoint.seq)) !== checkpoint.headHash) {
    return {
      ...chain,
      ok: false,
      firstBadSeq: checkpoint.seq,
      problem:
        `Le journal ne contient plus l’état certifié par le ${checkpointName(checkpoint)} : ` +
        `une entrée jusqu’à la n° ${checkpoint.seq} a été modifiée, supprimée ou renumérotée, puis le chaînage recalculé.`,
      lastCheckpoint: null,
    };
  }
  return { ...chain, lastCheckpoint: { seq: checkpoint.seq, at: checkpoint.at } };
}
