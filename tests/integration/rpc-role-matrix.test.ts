import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserHost, type BrowserHost } from '@core/hosts/browser-host';
import { contract } from '@shared/rpc/contract';
import type { MethodSpec } from '@shared/rpc/method';
import { ROLES, type Role } from '@shared/roles';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import { openDataCounter } from '../support/db-snapshot';
import { seedPost } from '../support/seed-catalogue';
import { DECISION } from '../support/documents-office';
import { hostCall, listedMethods, type HostResult } from '../support/host-client';

const PASS = 'phrase de passe commune';
const USERS: Record<
  Exclude<Role, 'admin'>,
  { username: string; displayName: string; role: Role; passphrase: string }
> = {
  cpip: { username: 'paul', displayName: 'Paul Durand', role: 'cpip', passphrase: PASS },
  secretariat: { username: 'greffe', displayName: 'Gaëlle Greffe', role: 'secretariat', passphrase: PASS },
  dpip: { username: 'cheffe', displayName: 'Claire Cheffe', role: 'dpip', passphrase: PASS },
  referent: { username: 'rita', displayName: 'Rita Référente', role: 'referent', passphrase: PASS },
};
const ZOE = {
  lastName: 'Lefèvre',
  firstName: 'Zoé',
  birthDate: '1998-05-14',
  birthPlace: 'Libourne',
  city: 'Bègles',
  postalCode: '33130',
};
/** Roles that may open a person's case file, hence its documents (need-to-know). */
const CASE_ROLES: readonly Role[] = ['cpip', 'secretariat', 'dpip'];
const CATALOGUE_ROLES: readonly Role[] = ['cpip', 'secretariat', 'dpip', 'referent'];

function mayCall(spec: MethodSpec, role: Role): boolean {
  return spec.access === 'public' || spec.access === 'signed-in' || spec.access.includes(role);
}

/** Every method listed by GET /rpc, called by every role through the browser host on 127.0.0.1. */
describe('role matrix through the browser host', () => {
  const temp = makeTempDir();
  let t: TestCore;
  let host: BrowserHost;
  let counter: Awaited<ReturnType<typeof openDataCounter>>;
  let measureId = '';
  let personId = '';
  let hostId = '';
  let caseDocumentId = '';
  let catalogueDocumentId = '';

  const call = (method: string, input: unknown): Promise<HostResult> => hostCall(host, method, JSON.stringify(input));
  async function signInAs(role: Role) {
    await call('session.logout', {});
    const creds = role === 'admin' ? ADMIN : USERS[role];
    const reply = await call('session.login', { username: creds.username, passphrase: creds.passphrase });
    expect(reply.ok, `login as ${role}`).toBe(true);
  }

  beforeAll(async () => {
    const rendererDir = join(temp.dir, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>TIG Desk</title>');
    const dataDir = join(temp.dir, 'data');
    t = await openTestCore(dataDir);
    await setupAdmin(t);
    for (const user of Object.values(USERS)) await t.ok('users.create', user);
    hostId = (await seedPost(dataDir, ADMIN, { places: 2 })).hostId;
    await t.ok('session.logout');
    await t.ok('session.login', { username: USERS.secretariat.username, passphrase: PASS });
    const registered = await t.ok('measures.register', { person: ZOE, measure: DECISION });
    measureId = registered.measure.id;
    personId = registered.person.id;
    caseDocumentId = (await t.ok('documents.generate', { template: 'fiche_consentement', entityId: measureId }))
      .document.id;
    catalogueDocumentId = (await t.ok('documents.generate', { template: 'catalogue_postes', departement: '33' }))
      .document.id;
    host = await startBrowserHost({ core: t.core, rendererDir });
    counter = await openDataCounter(dataDir, ADMIN.username, ADMIN.passphrase);
  });
  afterAll(async () => {
    await counter.close();
    await host.close();
    await t.core.close();
    temp.cleanup();
  });

  it('lists every method of the contract, and refuses exactly the roles the contract leaves out', async () => {
    const listed = await listedMethods(host);
    expect(listed.map((m) => m.name).sort()).toEqual(Object.keys(contract).sort());
    const before = await counter.counts();
    let probes = 0;
    for (const role of ROLES) {
      await signInAs(role);
      for (const { name } of listed) {
        const spec = contract[name as keyof typeof contract] as MethodSpec;
        // A control character in the input: refused at the boundary once the role is let through, so that nothing
        // runs whatever the method does.
        const reply = await call(name, { probe: '\u0001' });
        probes++;
        expect(reply.ok, `${role} ${name}`).toBe(false);
        if (reply.ok) continue;
        expect(reply.error.code, `${role} ${name}`).toBe(mayCall(spec, role) ? 'VALIDATION' : 'FORBIDDEN');
        if (reply.error.code === 'FORBIDDEN') expect(reply.status).toBe(403);
      }
    }
    expect(probes).toBe(ROLES.length * Object.keys(contract).length);
    expect(await counter.counts()).toEqual(before);
  });

  it('prints, reprints and batches a person’s documents only for the roles that open the case file', async () => {
    for (const role of ROLES) {
      await signInAs(role);
      const before = await counter.counts();
      const printed = await call('documents.generate', { template: 'fiche_consentement', entityId: measureId });
      const reprinted = await call('documents.reprint', { id: caseDocumentId });
      const timesheets = await call('documents.batchTimesheets', { hostId });
      const convocations = await call('documents.batchConvocations', { from: '2026-11-23', to: '2026-11-29' });
      if (CASE_ROLES.includes(role)) {
        expect(printed.ok, role).toBe(true);
        expect(reprinted.ok, role).toBe(true);
        // No placement nor appointment in this office: the batches are empty, but the role is let through.
        for (const batch of [timesheets, convocations]) {
          expect(batch.ok ? 'ok' : batch.error.code, role).toBe('VALIDATION');
        }
      } else {
        for (const refused of [printed, reprinted, timesheets, convocations]) {
          expect(refused.ok, role).toBe(false);
          if (refused.ok) continue;
          expect(refused.error.code, role).toBe('FORBIDDEN');
          expect(refused.error.message).toMatch(/ne permet pas cette action|n’y donne pas accès/);
        }
        expect(await counter.counts(), role).toEqual(before);
      }
    }
  });

  it('tells the référent why: the document belongs to a person’s case file', async () => {
    await signInAs('referent');
    const refused = await call('documents.generate', { template: 'rapport_fin_mesure', entityId: measureId });
    expect(refused).toMatchObject({
      ok: false,
      status: 403,
      error: {
        code: 'FORBIDDEN',
        message:
          'Ce document relève du dossier d’une personne : votre rôle (Référent territorial TIG) n’y donne pas accès.',
      },
    });
  });

  it('prints the catalogue of posts for every catalogue role', async () => {
    for (const role of ROLES) {
      await signInAs(role);
      const before = await counter.counts();
      const printed = await call('documents.generate', { template: 'catalogue_postes', departement: '33' });
      const reprinted = await call('documents.reprint', { id: catalogueDocumentId });
      expect([printed.ok, reprinted.ok], role).toEqual(CATALOGUE_ROLES.includes(role) ? [true, true] : [false, false]);
      if (!CATALOGUE_ROLES.includes(role)) expect(await counter.counts(), role).toEqual(before);
    }
  });

  it('lists and pages through the archive with only the documents the caller may open', async () => {
    for (const role of ROLES) {
      await signInAs(role);
      const byPerson = await call('documents.list', { personId });
      const byMeasure = await call('documents.list', { measureId });
      const all = await call('documents.list', { limit: 500 });
      const page = await call('documents.archive', { limit: 100 });
      if (role === 'admin') {
        for (const reply of [byPerson, byMeasure, all, page])
          expect(reply.ok ? 'ok' : reply.error.code).toBe('FORBIDDEN');
        continue;
      }
      if (!byPerson.ok || !byMeasure.ok || !all.ok || !page.ok) throw new Error(`${role}: the archive was refused`);
      const templates = (items: unknown) => new Set((items as Array<{ template: string }>).map((d) => d.template));
      const pageItems = (page.result as { items: unknown[]; total: number }).items;
      if (CASE_ROLES.includes(role)) {
        expect((byPerson.result as unknown[]).length, role).toBeGreaterThan(0);
        expect((byMeasure.result as unknown[]).length, role).toBeGreaterThan(0);
        expect(templates(all.result), role).toEqual(new Set(['fiche_consentement', 'catalogue_postes']));
        expect(templates(pageItems), role).toEqual(new Set(['fiche_consentement', 'catalogue_postes']));
      } else {
        expect(byPerson.result, role).toEqual([]);
        expect(byMeasure.result, role).toEqual([]);
        expect(templates(all.result), role).toEqual(new Set(['catalogue_postes']));
        expect(templates(pageItems), role).toEqual(new Set(['catalogue_postes']));
        expect((page.result as { total: number }).total).toBe(pageItems.length);
      }
    }
  });
});
