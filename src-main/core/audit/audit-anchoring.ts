import { dirname } from 'node:path';
import type { AuditTrail } from './audit-trail';
import { AuditCheckpointer } from './audit-checkpointer';
import { CheckpointFile } from './checkpoint-file';
import { loadOrCreateDeviceKey, type DeviceKey } from './device-key';

/** What a session holds to anchor its audit trail: the device key, the local anchor and its checkpointer. */
export interface AuditAnchoring {
  deviceKey: DeviceKey;
  anchor: CheckpointFile;
  checkpoints: AuditCheckpointer;
}

/** Anchors kept in the data folder of the database at `databasePath`. */
export function openAuditAnchoring(databasePath: string, trail: AuditTrail): AuditAnchoring {
  const dataDir = dirname(databasePath);
  const deviceKey = loadOrCreateDeviceKey(dataDir);
  const anchor = new CheckpointFile(dataDir, deviceKey);
  return { deviceKey, anchor, checkpoints: new AuditCheckpointer(trail, anchor) };
}
