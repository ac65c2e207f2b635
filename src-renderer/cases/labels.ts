import type { MeasureStatus } from '@shared/domain/measure-status';
import { formatDateShort } from '@shared/domain/local-date';

/**
 * Chip colours chosen for contrast (text over tinted background well above WCAG AA), rather than MUI's filled
 * warning and info colours, which are too light for small text.
 */
export const TONES = {
  neutral: { bgcolor: '#eeeeee', color: '#161616', borderColor: '#9e9e9e' },
  info: { bgcolor: '#e3e3fd', color: '#000091', borderColor: '#000091' },
  success: { bgcolor: '#e6f4ea', color: '#1e4620', borderColor: '#2e7d32' },
  warning: { bgcolor: '#fff4e5', color: '#663c00', borderColor: '#b76e00' },
  error: { bgcolor: '#fdecea', color: '#5f2120', borderColor: '#b3261e' },
} as const;
export type Tone = keyof typeof TONES;

export const STATUS_TONES: Record<MeasureStatus, Tone> = {
  a_affecter: 'warning',
  affecte: 'info',
  en_cours: 'info',
  suspendu: 'warning',
  acheve: 'success',
  inexecute: 'error',
  refus: 'error',
  revoque: 'error',
};

/** "DUPONT Marie", as French case files write names. */
export function personName(person: { lastName: string; firstName: string }): string {
  return `${person.lastName.toLocaleUpperCase('fr-FR')} ${person.firstName}`;
}

/** A calendar date in fr-FR, or a dash. */
export function dateOrDash(date: string | null | undefined): string {
  return date ? formatDateShort(date) : '—';
}

/** Today in Paris as 'YYYY-MM-DD'. */
export function todayLocal(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** '' becomes null: the shared schemas want null for an empty optional date or choice. */
export function blankToNull(value: string): string | null {
  return value.trim() === '' ? null : value;
}

/** A typed number, or undefined when empty so the schema says "obligatoire". */
export function toNumber(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const parsed = Number(value.replace(',', '.'));
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** Short type names for tables; the full MEASURE_TYPE_LABELS go in forms and headers. */
export const MEASURE_TYPE_SHORT = {
  tig: 'TIG',
  sursis_tig: 'Sursis-TIG',
  tnr: 'TNR',
  tig_mineur: 'TIG mineur',
} as const;

/** Short consent states for tables; CONSENT_LABELS in the measure file. */
export const CONSENT_SHORT = {
  pending: 'En attente',
  hearing: 'Audience',
  lawyer_writing: 'Avocat (écrit)',
  jap: 'Après jugement',
  refused: 'Refusé',
} as const;
