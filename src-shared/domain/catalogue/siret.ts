/** SIREN of La Poste, whose establishments follow their own checksum rule. */
const LA_POSTE_SIREN = '356000000';

/**
 * Why a SIRET is refused (14 digits with a Luhn checksum, and the SIREN in its first 9 digits with its own Luhn key;
 * La Poste's establishments instead have digits summing to a multiple of 5), or null when it is valid. Spaces are
 * ignored.
 */
export function siretProblem(value: string): string | null {
  const digits = value.replace(/\s+/g, '');
  if (!/^\d{14}$/.test(digits)) return 'Le SIRET compte 14 chiffres.';
  if (digits.startsWith(LA_POSTE_SIREN) && digits !== '35600000000048') {
    const sum = [...digits].reduce((total, d) => total + Number(d), 0);
    return sum % 5 === 0 ? null : 'SIRET invalide : vérifiez les chiffres (clé de contrôle).';
  }
  return luhnValid(digits.slice(0, 9)) && luhnValid(digits)
    ? null
    : 'SIRET invalide : vérifiez les chiffres (clé de contrôle).';
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function normalizeSiret(value: string): string {
  return value.replace(/\s+/g, '');
}
