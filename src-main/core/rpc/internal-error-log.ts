import { randomBytes } from 'node:crypto';

/** Logs an unexpected failure and returns the reference the user is shown. */
export type InternalErrorLog = (scope: string, error: unknown) => string;

// Letters and digits that cannot be misread over the phone (no 0/O, 1/I/L).
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const MAX_FRAMES = 12;
const SAFE_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

export function newReference(): string {
  return [...randomBytes(8)].map((byte) => REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]).join('');
}

/**
 * What may be logged of an error: its class, its code (SQLITE_CONSTRAINT…) and where it was thrown. Never its
 * message: a database error carries the SQL with its bound values (a searched surname, an address), and any other
 * message may quote an input.
 */
export function describeWithoutValues(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current !== undefined && current !== null; depth++) {
    const object = typeof current === 'object' ? (current as Record<string, unknown>) : {};
    const name = current instanceof Error ? current.constructor.name : typeof current;
    const code = typeof object.code === 'string' && SAFE_CODE.test(object.code) ? ` code=${object.code}` : '';
    const errno = typeof object.errno === 'number' ? ` errno=${object.errno}` : '';
    parts.push(`${depth === 0 ? '' : 'cause: '}${name}${code}${errno}`);
    current = object.cause;
  }
  // Only the frames ("    at fn (file:line:col)"): the first lines of a stack repeat the message.
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  const frames = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES);
  return [parts.join(' '), ...frames].join('\n');
}

/** One line (plus stack frames) on stderr: scope, code INTERNAL, the reference, the error without its values. */
export function logInternalError(scope: string, error: unknown): string {
  const reference = newReference();
  console.error(`[${scope}] INTERNAL ref=${reference} ${describeWithoutValues(error)}`);
  return reference;
}

export function internalErrorMessage(reference: string): string {
  return (
    'Une erreur interne est survenue ; l’opération n’a pas été enregistrée. Si elle se répète, signalez-la à ' +
    `l’administrateur local en donnant la référence ${reference}.`
  );
}
