import { useState, type ChangeEvent } from 'react';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '@shared/errors';
import { toFieldMap, zodIssues } from './fieldErrors';

type Values = Record<string, string | boolean>;

export interface ZodForm<V extends Values> {
  values: V;
  set<K extends keyof V>(key: K, value: V[K]): void;
  fieldErrors: Record<string, string>;
  /** An error that belongs to no single field, shown in an Alert. */
  formError: AppError | null;
  pending: boolean;
  /** Props for a text TextField bound to one value. */
  text(
    name: keyof V & string,
    helperText?: string,
  ): {
    name: string;
    id: string;
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
    error: boolean;
    helperText?: string;
  };
  /**
   * Validates `input` with the contract's own schema (plus `extra` issues such as a confirmation mismatch),
   * then runs `action` with the parsed value. Server VALIDATION errors are mapped back onto the fields.
   */
  submit<S extends z.ZodType>(
    schema: S,
    input: unknown,
    action: (parsed: z.output<S>) => Promise<void>,
    extra?: FieldIssue[],
  ): Promise<void>;
  reset(values?: V): void;
}

let formCounter = 0;

export function useZodForm<V extends Values>(initial: V): ZodForm<V> {
  const [values, setValues] = useState<V>(initial);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);
  const [idPrefix] = useState(() => `form${++formCounter}`);

  function set<K extends keyof V>(key: K, value: V[K]) {
    setValues((previous) => ({ ...previous, [key]: value }));
  }

  return {
    values,
    set,
    fieldErrors,
    formError,
    pending,
    text(name, helperText) {
      const message = fieldErrors[name];
      return {
        name,
        id: `${idPrefix}-${name}`,
        value: String(values[name] ?? ''),
        onChange: (event) => set(name, event.target.value as V[typeof name]),
        error: message !== undefined,
        helperText: message ?? helperText,
      };
    },
    async submit(schema, input, action, extra = []) {
      const parsed = schema.safeParse(input);
      const issues = [...(parsed.success ? [] : zodIssues(parsed.error)), ...extra];
      if (issues.length > 0 || !parsed.success) {
        setFieldErrors(toFieldMap(issues));
        setFormError(null);
        return;
      }
      setFieldErrors({});
      setFormError(null);
      setPending(true);
      try {
        await action(parsed.data);
      } catch (error) {
        const appError =
          error instanceof AppError ? error : new AppError('INTERNAL', 'Une erreur inattendue est survenue.');
        const fields = appError.code === 'VALIDATION' ? (appError.fields ?? []) : [];
        const known = fields.filter((field) => field.path in values);
        setFieldErrors(toFieldMap(known));
        // Field errors speak for themselves; anything else gets the server's sentence in an Alert.
        if (known.length === 0 || known.length < fields.length) setFormError(appError);
      } finally {
        setPending(false);
      }
    },
    reset(next) {
      setValues(next ?? initial);
      setFieldErrors({});
      setFormError(null);
    },
  };
}
