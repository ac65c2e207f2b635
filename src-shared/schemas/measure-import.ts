import { z } from 'zod';

/** A clerk's CSV list of new measures, as text (the renderer reads the file; at most 5 MiB). */
export const importInput = z
  .object({
    fileName: z.string().trim().min(1).max(260),
    content: z.string().max(5 * 1024 * 1024, { message: 'Fichier trop volumineux (5 Mio au plus).' }),
  })
  .strict();

export const importRowSchema = z.object({
  line: z.number().int(),
  status: z.enum(['ok', 'error', 'duplicate']),
  /** Why the row is refused or skipped, in French. */
  reasons: z.array(z.string()),
  personName: z.string().nullable(),
  summary: z.string().nullable(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importReportSchema = z.object({
  rows: z.array(importRowSchema),
  counts: z.object({ ok: z.number().int(), error: z.number().int(), duplicate: z.number().int() }),
  /** Filled by the commit: measures created. */
  imported: z.number().int(),
});
export type ImportReport = z.infer<typeof importReportSchema>;
