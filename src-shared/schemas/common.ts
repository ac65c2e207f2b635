import { z } from 'zod';

/** UUIDv7 made on the device (DESIGN.md §5); any RFC 4122 layout is accepted on input. */
export const idSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
  message: 'Identifiant invalide.',
});

/** ISO 8601 instant as produced by Date.prototype.toISOString. */
export const instantSchema = z.iso.datetime({ message: 'Date et heure invalides.' });

export const emptyInput = z.object({}).strict();
export const okOutput = z.object({ ok: z.literal(true) });
