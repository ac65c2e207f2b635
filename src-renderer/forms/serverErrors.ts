import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { AppError } from '@shared/errors';

/** Where a form keeps the error that belongs to no single field; FormErrorAlert shows it. */
export const SERVER_ERROR = 'root.server' as const;

/**
 * Puts a failed call's error where the user will look: each VALIDATION issue under the field it names, and the
 * server's sentence in the form's alert when it names no field of this form (or names none at all).
 */
export function showServerError<V extends FieldValues, T = V>(
  form: UseFormReturn<V, unknown, T>,
  caught: unknown,
): void {
  const error = caught instanceof AppError ? caught : new AppError('INTERNAL', 'Une erreur inattendue est survenue.');
  const fields = error.code === 'VALIDATION' ? (error.fields ?? []) : [];
  const values = form.getValues() as Record<string, unknown>;
  const known = fields.filter((field) => field.path.split('.')[0]! in values);
  for (const field of known) form.setError(field.path as FieldPath<V>, { type: 'server', message: field.message });
  if (known.length === 0 || known.length < fields.length)
    form.setError(SERVER_ERROR, { type: 'server', message: error.message });
}
