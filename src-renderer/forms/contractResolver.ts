import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { FieldIssue } from '@shared/errors';
import { toFieldMap, zodIssues } from './fieldErrors';
import { SERVER_ERROR } from './serverErrors';

/**
 * For a form whose values are not the contract's input as they stand (an empty date meaning null, a number typed as
 * text, an id the form does not show): validates `toInput(values)` with the contract's own schema, plus the
 * client-only issues of `check` (which, being more precise, win when both speak of one field: "Choisissez un poste"
 * rather than "Identifiant invalide"), and keeps the values as they are; the submit handler sends `toInput(values)`
 * (the server parses it again). An issue naming no field of the form (an id) goes to the form's alert rather than under
 * a field nobody sees.
 */
export function contractResolver<V extends FieldValues, S extends z.ZodType>(
  schema: S,
  toInput: (values: V) => z.input<S>,
  check: (values: V) => FieldIssue[] = () => [],
): Resolver<V> {
  return (values, _context, options) => {
    const parsed = schema.safeParse(toInput(values));
    const issues = [...check(values), ...(parsed.success ? [] : zodIssues(parsed.error))];
    if (issues.length === 0) return { values, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const [path, message] of Object.entries(toFieldMap(issues))) {
      const name = path.split('.')[0]!;
      const key = name !== '' && name in values ? path : SERVER_ERROR;
      errors[key] ??= { type: 'validation', message };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
