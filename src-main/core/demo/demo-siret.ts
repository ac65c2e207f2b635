import type { SeededRandom } from './seeded-random';

/**
 * Valid, distinct SIRETs for synthetic host organisations: a SIREN (8 digits and a Luhn key) followed by a NIC
 * (4 digits and the key that makes all 14 digits pass Luhn). La Poste's establishments share its SIREN and follow
 * its own rule instead (the 14 digits sum to a multiple of 5). The SIREN's first digits follow the legal category
 * loosely (2 for collectivités and public bodies, 1 for the State's, 7-8 for associations), as real ones do.
 */
export const LA_POSTE_SIREN = '356000000';

const PREFIXES: Record<string, readonly string[]> = {
  collectivite: ['21', '20', '22', '26'],
  etablissement_public: ['19', '18', '13', '20'],
  hopital: ['26'],
  association: ['77', '78', '79', '80', '82', '83', '84'],
  entreprise_service_public: ['55', '57', '38', '40'],
  entreprise_ess: ['49', '50', '51', '52', '53'],
  societe_a_mission: ['81', '85', '88', '89'],
};

/** The digit that, appended to `digits`, makes the whole string pass the Luhn check. */
export function luhnKey(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Counting from the right of the final string, the key is position 0: the last given digit is doubled.
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function randomDigits(random: SeededRandom, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String(random.int(0, 9));
  return text;
}

export class SiretFactory {
  private readonly taken = new Set<string>(['35600000000048']);

  constructor(private readonly random: SeededRandom) {}

  /** A new SIRET for a host of `kind` (a HOST_TYPES value); `laPoste` for one of La Poste's establishments. */
  next(kind: string, laPoste = false): string {
    for (;;) {
      const siret = laPoste ? this.laPoste() : this.ordinary(kind);
      if (!this.taken.has(siret)) {
        this.taken.add(siret);
        return siret;
      }
    }
  }

  private ordinary(kind: string): string {
    const prefix = this.random.pick(PREFIXES[kind] ?? ['4']);
    const body = prefix + randomDigits(this.random, 8 - prefix.length);
    const siren = body + luhnKey(body);
    // Head offices end in 0001 or thereabouts; secondary establishments have larger numbers.
    const nic = this.random.chance(0.6)
      ? `000${this.random.int(1, 9)}`
      : String(this.random.int(10, 999)).padStart(4, '0');
    const head = siren + nic;
    return head + luhnKey(head);
  }

  private laPoste(): string {
    const nic = String(this.random.int(1, 9999)).padStart(4, '0');
    const head = LA_POSTE_SIREN + nic;
    const sum = [...head].reduce((total, d) => total + Number(d), 0);
    const key = ((5 - (sum % 5)) % 5) + (this.random.chance(0.5) ? 5 : 0);
    return head + String(key);
  }
}
