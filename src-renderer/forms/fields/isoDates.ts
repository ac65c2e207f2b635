import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/**
 * Forms hold dates as the contract does, 'YYYY-MM-DD' (and times as 'HH:mm'); the pickers work on Dayjs values.
 * An incomplete or impossible entry (31/02) is kept as a value the shared schema refuses, so the user is told
 * rather than the field silently emptied.
 */
export const INCOMPLETE = 'saisie incomplète';

export function dayjsFromIso(value: string | null | undefined, format: 'YYYY-MM-DD' | 'HH:mm'): Dayjs | null {
  if (!value || value === INCOMPLETE) return null;
  const parsed = dayjs(value, format, true);
  return parsed.isValid() ? parsed : null;
}

export function isoFromDayjs(value: Dayjs | null, format: 'YYYY-MM-DD' | 'HH:mm'): string {
  if (value === null) return '';
  return value.isValid() ? value.format(format) : INCOMPLETE;
}
