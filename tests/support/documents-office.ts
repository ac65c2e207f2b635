import type { MethodInput } from '@shared/rpc/contract';
import { seedPost, type SeededPost } from './seed-catalogue';
import { ADMIN, setupAdmin, type TestCore } from './test-core';

/** The office the document tests print for: an officer, a manager, a letterhead and one post. */
export const PASS = 'phrase de passe commune';
export const CPIP = { username: 'paul', displayName: 'Paul Durand', role: 'cpip' as const, passphrase: PASS };
export const DPIP = { username: 'cheffe', displayName: 'Claire Cheffe', role: 'dpip' as const, passphrase: PASS };
export const DECISION: MethodInput<'measures.register'>['measure'] = {
  type: 'tig',
  court: 'Tribunal judiciaire de Bordeaux',
  decisionDate: '2026-10-01',
  hoursOrdered: 70,
  deadline: '2028-04-01',
  offenceCategory: 'atteinte_biens',
  courtReference: '26123000042',
  magistrate: 'Mme Lemoine',
  followingMagistrate: 'Mme Claire Roux',
};
export const LETTERHEAD: MethodInput<'letterhead.update'> = {
  serviceName: 'SPIP de la Gironde',
  address: '12 rue de Bègles, 33800 Bordeaux',
  phone: '05 56 00 00 00',
  email: 'spip33@justice.fr',
  directorName: 'Mme Hélène Dupré',
  delegateName: 'M. Jérôme Cœur',
  delegateTitle: 'directeur adjoint',
  logoDataUrl: null,
};

/** Sets the office up and leaves the manager logged in; returns the seeded post (3 places). */
export async function prepareOffice(t: TestCore, dataDir: string): Promise<SeededPost> {
  await setupAdmin(t);
  await t.ok('users.create', CPIP);
  await t.ok('users.create', DPIP);
  const seeded = await seedPost(dataDir, ADMIN, { places: 3 });
  await t.ok('session.logout');
  await t.ok('session.login', { username: DPIP.username, passphrase: PASS });
  await t.ok('letterhead.update', LETTERHEAD);
  return seeded;
}
