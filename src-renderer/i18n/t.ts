import { translate, type MessageKey } from '@shared/i18n';

/** French is the reference language; a locale switch can come later without touching call sites. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate('fr', key, params);
}
