import { AppError } from '@shared/errors';
import { compareDates, formatDateShort } from '@shared/domain/local-date';

/** Typed French errors shared by the catalogue services. */
export function notFound(what: string, path?: string): AppError {
  const message = `${what} n’existe pas (ou plus).`;
  return new AppError('NOT_FOUND', message, path ? { fields: [{ path, message }] } : {});
}

export function conflict(message: string, path?: string): AppError {
  return new AppError('CONFLICT', message, path ? { fields: [{ path, message }] } : {});
}

export function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION', message, { fields: [{ path, message }] });
}

/** A date of an act already done: not after today. */
export function assertNotFuture(date: string, today: string, path: string, what: string): void {
  if (compareDates(date, today) > 0) throw invalid(path, `${what} ne peut pas être dans le futur.`);
}

/** A step of a workflow cannot precede the one before it. */
export function assertNotBefore(date: string, earliest: string, path: string, message: string): void {
  if (compareDates(date, earliest) < 0) throw invalid(path, `${message} (${formatDateShort(earliest)}).`);
}

/** A LIKE pattern for a free-text search, without the user's wildcards. */
export function likePattern(query: string | undefined): string | null {
  const cleaned = query?.replace(/[%_\\]/g, '').trim();
  return cleaned ? `%${cleaned}%` : null;
}
