import type { Role } from '@shared/roles';
import type { CreateUserInput } from '@shared/schemas/users';
import { GIVEN_NAMES, SURNAMES } from './french-names';
import type { SeededRandom } from './seeded-random';

export type DemoScale = 'small' | 'national';

/** How many accounts of each role a demo office has: a small SPIP, or a large one for national-scale runs. */
const STAFF: Record<DemoScale, Record<Exclude<Role, 'admin'>, number>> = {
  small: { cpip: 6, secretariat: 2, dpip: 1, referent: 1 },
  national: { cpip: 90, secretariat: 12, dpip: 4, referent: 6 },
};

function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Staff accounts with plausible names; each one's passphrase is the demo passphrase, so anyone can log in. */
export function demoUsers(scale: DemoScale, random: SeededRandom, passphrase: string): CreateUserInput[] {
  const users: CreateUserInput[] = [];
  const taken = new Set<string>(['admin']);
  for (const [role, count] of Object.entries(STAFF[scale]) as Array<[Exclude<Role, 'admin'>, number]>) {
    for (let i = 0; i < count; i++) {
      const given = random.pick(GIVEN_NAMES);
      const surname = random.pick(SURNAMES);
      let username = `${asciiSlug(given)}.${asciiSlug(surname)}`.slice(0, 36);
      for (let n = 2; taken.has(username); n++) username = `${asciiSlug(given)}.${asciiSlug(surname)}`.slice(0, 36) + n;
      taken.add(username);
      users.push({ username, displayName: `${given} ${surname}`, role, passphrase });
    }
  }
  return users;
}
