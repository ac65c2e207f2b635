import { z } from 'zod';
import { instantSchema } from './common';

export const AUDIT_OUTCOMES = ['ok', 'refused', 'error'] as const;

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: instantSchema,
  userId: z.string().nullable(),
  username: z.string().nullable(),
  role: z.string().nullable(),
  method: z.string(),
  entityIds: z.array(z.string()),
  outcome: z.enum(AUDIT_OUTCOMES),
  errorCode: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAuditInput = z
  .object({
    beforeSeq: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export const listAuditOutput = z.object({ entries: z.array(auditEntrySchema), total: z.number().int() });

export const verifyAuditOutput = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first sequence number whose entry was altered, or after which entries are missing. */
  firstBadSeq: z.number().int().nullable(),
  problem: z.string().nullable(),
  /** The latest signed checkpoint the chain was found to contain, or null (none yet, or a fork: see problem). */
  lastCheckpoint: z.object({ seq: z.number().int(), at: instantSchema }).nullable(),
});
export type AuditVerification = z.infer<typeof verifyAuditOutput>;

export const auditCheckpointSchema = z.object({
  seq: z.number().int(),
  headHash: z.string(),
  count: z.number().int(),
  at: instantSchema,
  prevLineHash: z.string(),
  signature: z.string(),
});
export type AuditCheckpointExport = z.infer<typeof auditCheckpointSchema>;

export const exportCheckpointOutput = z.object({
  /** The latest signed checkpoint of this device (null when its record is broken: audit.verify says why). */
  checkpoint: auditCheckpointSchema.nullable(),
  /** SHA-256 of the device's public key, in groups of four hexadecimal digits. */
  publicKeyFingerprint: z.string(),
  /** The device's public key (PEM), to check the signature elsewhere. */
  publicKey: z.string(),
});
export type ExportCheckpointOutput = z.infer<typeof exportCheckpointOutput>;
