import { PASSPHRASE_MIN_LENGTH, passphraseProblem } from '@shared/passphrase';

export const PASSPHRASE_HINT = `Au moins ${PASSPHRASE_MIN_LENGTH} caractères. Une phrase de plusieurs mots est plus facile à retenir et plus sûre.`;

/** The live hint under a new passphrase: the shared rule, checked as the user types. */
export function passphraseHint(value: string): string {
  if (value.length === 0) return PASSPHRASE_HINT;
  return passphraseProblem(value) ?? 'La phrase de passe respecte la règle.';
}

export function confirmationIssue(value: string, confirmation: string, path = 'confirmation') {
  return value === confirmation ? [] : [{ path, message: 'Les deux phrases de passe ne sont pas identiques.' }];
}
