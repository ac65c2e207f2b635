import { en } from './en';
import { fr, type Catalogue, type MessageKey } from './fr';

export type Locale = 'fr' | 'en';
const catalogues: Record<Locale, Catalogue> = { fr, en };

/** Looks a key up and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type { MessageKey };
