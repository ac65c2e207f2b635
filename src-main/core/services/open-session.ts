import type { Database } from '../db/open-database';
import type { User } from '@shared/schemas/users';
import { UsersRepo } from '../repo/users-repo';
import { SettingsRepo } from '../repo/settings-repo';
import { AuditTrail } from '../audit/audit-trail';
import { openAuditAnchoring, type AuditAnchoring } from '../audit/audit-anchoring';
import { ensureDeviceId } from '../repo/device';

/** Everything that exists only while a user is logged in: the open database, its key and the repositories. */
export interface OpenSession {
  db: Database;
  databaseKey: Buffer;
  deviceId: string;
  user: User;
  locked: boolean;
  lastActivityAt: number;
  users: UsersRepo;
  settings: SettingsRepo;
  audit: AuditTrail;
  /** The device key and the signed checkpoints of the audit trail, kept beside the database. */
  anchoring: AuditAnchoring;
}

export async function attachRepositories(
  db: Database,
): Promise<Pick<OpenSession, 'deviceId' | 'users' | 'settings' | 'audit' | 'anchoring'>> {
  const deviceId = await ensureDeviceId(db.knex);
  const audit = new AuditTrail(db.knex);
  return {
    deviceId,
    users: new UsersRepo(db.knex, deviceId),
    settings: new SettingsRepo(db.knex, deviceId),
    audit,
    anchoring: openAuditAnchoring(db.path, audit),
  };
}
