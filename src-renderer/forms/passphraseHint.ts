import type { FieldIssue } from '@shared/errors';
import { PASSPHRASE_MIN_LENGTH, passphraseProblem } from '@shared/passphrase';

export const PASSPHRASE_HINT = `Au moins ${PASSPHRASE_MIN_LENGTH} caractères. Une phrase de plusieurs mots est plus facile à retenir et plus sûre.`;

/** The live hint under a new passphrase: the shared rule, checked as the user types. */
export function passphraseHint(value: string): string {
  if (value.length === 0) return PASSPHRASE_HINT;
  return passphraseProblem(value) ?? 'La phrase de passe respecte la règle.';
}

/** The client-only rule of every new passphrase: typed twice, the same both times (for contractResolver's `check`). */
export function confirmationIssue(value: string, confirmation: string): FieldIssue[] {
  return value === confirmation
    ? []
    : [{ path: 'confirmation', message: 'Les deux phrases de passe ne sont pas identiques.' }];
}

/** What the contract receives from a form that asks a passphrase twice: everything but the confirmation. */
export function withoutConfirmation<V extends { confirmation: string }>(values: V): Omit<V, 'confirmation'> {
  const { confirmation: _confirmation, ...input } = values;
  return input;
}
