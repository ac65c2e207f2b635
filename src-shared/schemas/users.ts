import { z } from 'zod';
import { ROLES } from '../roles';
import { passphraseProblem } from '../passphrase';
import { idSchema, instantSchema } from './common';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/;

export const usernameSchema = z.string().trim().toLowerCase().regex(USERNAME_PATTERN, {
  message: "L'identifiant doit faire 2 à 40 caractères : lettres minuscules sans accent, chiffres, point, tiret.",
});

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, { message: 'Le nom est obligatoire.' })
  .max(120, { message: 'Le nom ne peut dépasser 120 caractères.' });

export const passphraseSchema = z.string().superRefine((value, ctx) => {
  const problem = passphraseProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const roleSchema = z.enum(ROLES, { message: 'Rôle inconnu.' });

export const userSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  disabled: z.boolean(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type User = z.infer<typeof userSchema>;

export const createUserInput = z
  .object({
    username: usernameSchema,
    displayName: displayNameSchema,
    role: roleSchema,
    passphrase: passphraseSchema,
  })
  .strict();
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z
  .object({
    id: idSchema,
    displayName: displayNameSchema.optional(),
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .strict();
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const clearLockoutInput = z.object({ id: idSchema }).strict();
export const clearLockoutOutput = z.object({ cleared: z.boolean() });

export const resetPassphraseInput = z.object({ id: idSchema, passphrase: passphraseSchema }).strict();
