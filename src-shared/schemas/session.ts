import { z } from 'zod';
import { displayNameSchema, passphraseSchema, userSchema, usernameSchema } from './users';

/**
 * What the renderer needs to pick its screen: first-run setup, login, lock, or the app.
 * `user` is present when locked or ready.
 */
export const sessionStateSchema = z.object({
  state: z.enum(['setup', 'login', 'locked', 'ready']),
  user: userSchema.optional(),
  autoLockMinutes: z.number().int(),
  serviceName: z.string().optional(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export const setupInput = z
  .object({
    serviceName: z
      .string()
      .trim()
      .min(1, { message: 'Le nom du service est obligatoire.' })
      .max(160, { message: 'Le nom du service ne peut dépasser 160 caractères.' }),
    username: usernameSchema,
    displayName: displayNameSchema,
    passphrase: passphraseSchema,
  })
  .strict();
export type SetupInput = z.infer<typeof setupInput>;

export const setupOutput = z.object({ user: userSchema, recoveryKey: z.string() });

/** Login takes any string: a bad username or passphrase is a login failure, not a validation error. */
export const loginInput = z
  .object({
    username: z.string().trim().toLowerCase().min(1, { message: "L'identifiant est obligatoire." }).max(40),
    passphrase: z.string().min(1, { message: 'La phrase de passe est obligatoire.' }).max(256),
  })
  .strict();

export const unlockInput = z
  .object({ passphrase: z.string().min(1, { message: 'La phrase de passe est obligatoire.' }).max(256) })
  .strict();

export const changePassphraseInput = z
  .object({
    current: z.string().min(1, { message: 'La phrase de passe actuelle est obligatoire.' }).max(256),
    next: passphraseSchema,
  })
  .strict();

export const renewRecoveryKeyInput = z
  .object({ passphrase: z.string().min(1, { message: 'Votre phrase de passe est obligatoire.' }).max(256) })
  .strict();
export const renewRecoveryKeyOutput = z.object({ recoveryKey: z.string() });
export const recoveryKeyStatusSchema = z.object({ madeAt: z.string().nullable(), confirmed: z.boolean() });

export const recoverInput = z
  .object({
    recoveryKey: z.string().trim().min(1, { message: 'La clé de secours est obligatoire.' }).max(200),
    username: usernameSchema,
    passphrase: passphraseSchema,
  })
  .strict();
