import { z } from 'zod';
import { fr } from 'zod/locales';

/**
 * Zod's own messages in French, for the few checks that carry no message of ours (wrong type, unknown key).
 * Imported once by each process entry (router, renderer) before any schema is used.
 */
z.config(fr());
