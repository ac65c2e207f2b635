/** Passphrase rule shared by the forms and the router. */
export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MAX_LENGTH = 256;

/** Returns the French reason a passphrase is refused, or null when it is acceptable. */
export function passphraseProblem(passphrase: string): string | null {
  const length = [...passphrase].length;
  if (length < PASSPHRASE_MIN_LENGTH) {
    return `La phrase de passe doit contenir au moins ${PASSPHRASE_MIN_LENGTH} caractères (actuellement ${length}).`;
  }
  if (length > PASSPHRASE_MAX_LENGTH) return `La phrase de passe ne peut dépasser ${PASSPHRASE_MAX_LENGTH} caractères.`;
  if (passphrase.trim().length !== passphrase.length) {
    return 'La phrase de passe ne doit pas commencer ni finir par un espace.';
  }
  return null;
}
