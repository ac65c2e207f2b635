import { randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O, U, so a key copied by hand is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 160 random bits shown as 8 groups of 4 characters, e.g. "7K3M-Q9XD-...". */
export function generateRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/** Accepts what a person types: lower case, spaces, missing dashes, and the usual look-alikes. */
export function normalizeRecoveryKey(input: string): string {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return cleaned.match(/.{1,4}/g)?.join('-') ?? '';
}
