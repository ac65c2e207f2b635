import { verifyAuditTrail } from '../../audit/audit-verification';
import type { HandlerMap } from '../handler';

export const auditHandlers: HandlerMap<'audit.list' | 'audit.verify' | 'audit.exportCheckpoint'> = {
  'audit.list': (input, { sessions }) => sessions.current().audit.list(input),
  'audit.verify': (_input, { sessions }) => {
    const { audit, anchoring } = sessions.current();
    return verifyAuditTrail(audit, anchoring.anchor);
  },
  'audit.exportCheckpoint': async (_input, { sessions }) => {
    const { anchoring } = sessions.current();
    // The export is made current first; a head that forks from the last checkpoint is not signed (null then).
    const checkpoint = await anchoring.checkpoints.checkpoint();
    return {
      checkpoint,
      publicKeyFingerprint: anchoring.deviceKey.fingerprint,
      publicKey: anchoring.deviceKey.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
  },
};
