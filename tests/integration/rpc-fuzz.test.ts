import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserHost, type BrowserHost } from '@core/hosts/browser-host';
import { contract } from '@shared/rpc/contract';
import type { MethodSpec } from '@shared/rpc/method';
import type { Role } from '@shared/roles';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, FakeClock, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import { openDataCounter } from '../support/db-snapshot';
import { seedPost } from '../support/seed-catalogue';
import { DECISION } from '../support/documents-office';
import { hostCall, listedMethods } from '../support/host-client';

const PASS = 'phrase de passe commune';
const STAFF: Record<
  Exclude<Role, 'admin'>,
  { username: string; displayName: string; role: Role; passphrase: string }
> = {
  cpip: { username: 'paul', displayName: 'Paul Durand', role: 'cpip', passphrase: PASS },
  secretariat: { username: 'greffe', displayName: 'Gaëlle Greffe', role: 'secretariat', passphrase: PASS },
  dpip: { username: 'cheffe', displayName: 'Claire Cheffe', role: 'dpip', passphrase: PASS },
  referent: { username: 'rita', displayName: 'Rita Référente', role: 'referent', passphrase: PASS },
};

/** Whole bodies no method accepts as they are (or, for `null`, read as `{}`). */
const BODIES: string[] = [
  'null',
  '[]',
  '"texte"',
  '42',
  'true',
  '{"probe":"\\u0000"}',
  '{"__proto__":{"polluted":1}}',
  '"\\ud800"',
  '['.repeat(3000) + ']'.repeat(3000),
  '{"a":',
];

/** Values put in each field of each input, one at a time (JSON text). */
const VALUES: string[] = [
  'null',
  '0',
  '-1',
  '1e308',
  '1.5',
  'true',
  '""',
  '"x"',
  '[]',
  '{}',
  '[null]',
  '"\\u0000"',
  '"\\ud800"',
  '"Pessac \\ud800"',
  '"a\\u001bb"',
  JSON.stringify('é'.repeat(20_000)),
  '"../../../etc/passwd"',
  JSON.stringify("' OR 1=1; --"),
  '"%_*\\"()"',
  '"2026-02-30"',
  '"0190a0a0-0000-7000-8000-000000000000"',
  '{"__proto__":{"polluted":1}}',
];

type JsonSchema = { properties?: Record<string, JsonSchema>; anyOf?: JsonSchema[]; oneOf?: JsonSchema[] };

/** Field paths of an input schema, one level of nesting deep, every branch of a union included. */
function fieldPaths(schema: JsonSchema, depth = 0): string[][] {
  const branches = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  const paths: string[][] = [];
  for (const branch of branches) {
    for (const [name, child] of Object.entries(branch.properties ?? {})) {
      paths.push([name]);
      if (depth === 0) for (const nested of fieldPaths(child, 1)) paths.push([name, ...nested]);
    }
  }
  const seen = new Set<string>();
  return paths.filter((path) => !seen.has(path.join('.')) && seen.add(path.join('.')));
}

function bodyWith(path: string[], value: string): string {
  return path.reduceRight((inner, key) => `{${JSON.stringify(key)}:${inner}}`, value);
}

/** A role the contract lets call the method: the fuzz then reaches the validation and the handler. */
function callerOf(spec: MethodSpec): Role {
  if (spec.access === 'public' || spec.access === 'signed-in') return 'secretariat';
  return spec.access[0]!;
}

/**
 * Malformed calls to every method listed by GET /rpc, through the browser host on 127.0.0.1: none may answer 5xx
 * or INTERNAL, and none refused may write anything (row counts and the change log's clock, audit trail aside).
 */
describe('RPC fuzz through the browser host', () => {
  const temp = makeTempDir();
  const clock = new FakeClock();
  let t: TestCore;
  let host: BrowserHost;
  let counter: Awaited<ReturnType<typeof openDataCounter>>;

  beforeAll(async () => {
    const rendererDir = join(temp.dir, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>TIG Desk</title>');
    const dataDir = join(temp.dir, 'data');
    t = await openTestCore(dataDir, clock);
    await setupAdmin(t);
    for (const user of Object.values(STAFF)) await t.ok('users.create', user);
    // Geocoding goes to a closed local port, never to the national address API.
    await t.ok('geo.updateSettings', { addressApiUrl: 'http://127.0.0.1:9' });
    await seedPost(dataDir, ADMIN, { places: 2 });
    await t.ok('session.logout');
    await t.ok('session.login', { username: STAFF.secretariat.username, passphrase: PASS });
    const registered = await t.ok('measures.register', {
      person: { lastName: 'Lefèvre', firstName: 'Zoé', birthDate: '1998-05-14', city: 'Bègles', postalCode: '33130' },
      measure: DECISION,
    });
    await t.ok('documents.generate', { template: 'fiche_consentement', entityId: registered.measure.id });
    host = await startBrowserHost({ core: t.core, rendererDir });
    counter = await openDataCounter(dataDir, ADMIN.username, ADMIN.passphrase);
  });
  afterAll(async () => {
    await counter.close();
    await host.close();
    await t.core.close();
    temp.cleanup();
  });

  it('answers every malformed call with a typed error and writes nothing after a refusal', async () => {
    const listed = await listedMethods(host);
    expect(listed.map((m) => m.name).sort()).toEqual(Object.keys(contract).sort());
    let lastCall = '';
    const signIn = async (role: Role) => {
      await hostCall(host, 'session.logout', '{}');
      const creds = role === 'admin' ? ADMIN : STAFF[role];
      const login = () =>
        hostCall(host, 'session.login', JSON.stringify({ username: creds.username, passphrase: creds.passphrase }));
      let reply = await login();
      // Wrong passphrases sent to session.renewRecoveryKey or session.unlock are real guesses: let the slowdown pass.
      if (!reply.ok && reply.error.code === 'LOCKED') {
        clock.advance(60 * 60_000);
        reply = await login();
      }
      if (!reply.ok) throw new Error(`cannot sign in as ${role}: ${JSON.stringify(reply)} after ${lastCall}`);
    };
    const figures = { methods: 0, calls: 0, accepted: 0, internal: [] as string[], writesAfterRefusal: [] as string[] };
    for (const { name, input } of listed) {
      const role = callerOf(contract[name as keyof typeof contract] as MethodSpec);
      await signIn(role);
      figures.methods++;
      const bodies = [...BODIES, ...fieldPaths(input).flatMap((path) => VALUES.map((value) => bodyWith(path, value)))];
      for (const body of bodies) {
        const before = await counter.counts();
        const reply = await hostCall(host, name, body);
        lastCall = `${name} ${body.slice(0, 80)} → ${JSON.stringify(reply).slice(0, 200)}`;
        figures.calls++;
        const label = `${name} ${body.slice(0, 60)}`;
        if (reply.status >= 500 || (!reply.ok && reply.error.code === 'INTERNAL')) figures.internal.push(label);
        if (reply.ok) {
          // Accepted as valid (an optional field alone, `null` read as `{}`): it may write; the session is reset.
          figures.accepted++;
          await signIn(role);
          continue;
        }
        expect(reply.error.message, label).toMatch(/\S/);
        const after = await counter.counts();
        if (JSON.stringify(after) !== JSON.stringify(before)) figures.writesAfterRefusal.push(label);
      }
    }
    console.info(
      `[fuzz] methods covered: ${figures.methods}; malformed calls: ${figures.calls}; accepted as valid: ` +
        `${figures.accepted}; 5xx or INTERNAL: ${figures.internal.length}; writes after refusal: ` +
        `${figures.writesAfterRefusal.length}`,
    );
    expect(figures.methods).toBe(Object.keys(contract).length);
    expect(figures.internal).toEqual([]);
    expect(figures.writesAfterRefusal).toEqual([]);
  }, 900_000);
});
