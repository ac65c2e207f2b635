import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserHost, type BrowserHost, MAX_BODY_BYTES } from '@core/hosts/browser-host';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, openTestCore, type TestCore } from '../support/test-core';
import { tableCounts } from '../support/db-snapshot';
import { send } from '../support/host-http';

const rpc = (host: BrowserHost, method: string, input: unknown, extra: Record<string, string> = {}) =>
  send(host, {
    method: 'POST',
    path: `/rpc/${method}`,
    headers: { 'Content-Type': 'application/json', ...extra },
    body: JSON.stringify(input),
  });

describe('browser host on loopback', () => {
  const temp = makeTempDir();
  let t: TestCore;
  let host: BrowserHost;

  beforeAll(async () => {
    const rendererDir = join(temp.dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>TIG Desk</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(temp.dir, 'secret.txt'), 'secret');
    t = await openTestCore(join(temp.dir, 'data'));
    host = await startBrowserHost({ core: t.core, rendererDir });
  });
  afterAll(async () => {
    await host.close();
    await t.core.close();
    temp.cleanup();
  });

  it('listens on 127.0.0.1 only, on a random port', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
  });

  it('answers 401 to any API request without the token, and to a wrong token', async () => {
    for (const path of ['/rpc', '/events']) {
      expect((await send(host, { path, auth: false })).status).toBe(401);
    }
    const wrong = await send(host, { path: '/rpc', auth: false, headers: { Authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const post = await send(host, {
      method: 'POST',
      path: '/rpc/session.status',
      auth: false,
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBe(401);
    expect(JSON.parse(post.body).error.code).toBe('FORBIDDEN');
  });

  it('answers 403 to a foreign Host header (DNS rebinding)', async () => {
    const reply = await send(host, { path: '/rpc', headers: { Host: `evil.example:${host.port}` } });
    expect(reply.status).toBe(403);
    expect((await send(host, { path: '/rpc', headers: { Host: `localhost:${host.port}` } })).status).toBe(200);
  });

  it('streams session events, starting with the current state', async () => {
    const frames: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/events',
          headers: { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${host.token}` },
        },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            frames.push(...chunk.split('\n\n').filter((f) => f.startsWith('data: ')));
            if (frames.length > 0) {
              req.destroy();
              resolve();
            }
          });
        },
      );
      req.on('error', (error) => (frames.length > 0 ? resolve() : reject(error)));
      req.end();
    });
    expect(JSON.parse(frames[0]!.slice('data: '.length))).toMatchObject({
      type: 'session',
      session: { state: 'setup' },
    });
  });

  it('serves files of the renderer only, never outside it', async () => {
    expect((await send(host, { path: '/assets/app.js' })).headers['content-type']).toContain('text/javascript');
    expect((await send(host, { path: '/parametres/utilisateurs' })).body).toContain('<title>TIG Desk</title>');
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%00',
      '/missing.js',
    ]) {
      const reply = await send(host, { path });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
  });

  it('lists every method with its input and output as JSON Schema', async () => {
    const reply = await send(host, { path: '/rpc' });
    const catalogue = JSON.parse(reply.body) as {
      methods: Array<{ name: string; input: { properties?: Record<string, unknown> } }>;
    };
    const names = catalogue.methods.map((m) => m.name);
    expect(names).toContain('users.create');
    const create = catalogue.methods.find((m) => m.name === 'users.create')!;
    expect(Object.keys(create.input.properties ?? {})).toEqual(['username', 'displayName', 'role', 'passphrase']);
  });

  it('gives typed errors for malformed JSON, wrong content type, oversized bodies and unknown methods', async () => {
    const malformed = await send(host, {
      method: 'POST',
      path: '/rpc/session.status',
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":',
    });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Le corps de la requête n’est pas un JSON valide.' },
    });
    const text = await send(host, {
      method: 'POST',
      path: '/rpc/session.status',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(text.status).toBe(415);
    const huge = await send(host, {
      method: 'POST',
      path: '/rpc/session.status',
      headers: { 'Content-Type': 'application/json' },
      body: Buffer.alloc(MAX_BODY_BYTES + 10, 32),
    });
    expect(huge.status).toBe(413);
    const unknown = await rpc(host, 'admin.dropEverything', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.code).toBe('NOT_FOUND');
    expect((await send(host, { method: 'GET', path: '/rpc/session.status' })).status).toBe(405);
  });

  it('maps typed errors to HTTP statuses and writes nothing for bad input', async () => {
    const created = await rpc(host, 'session.setup', { serviceName: 'SPIP 33', ...ADMIN });
    expect(created.status).toBe(200);
    const before = await tableCounts(join(temp.dir, 'data'), ADMIN.username, ADMIN.passphrase);
    const badInputs: unknown[] = [
      { username: 'x', displayName: '', role: 'chef', passphrase: 'court' },
      { username: 'ok.user', displayName: 'Ok', role: 'cpip', passphrase: 'assez longue phrase', extra: 1 },
      [],
      'texte',
      null,
      { username: 42 },
    ];
    for (const input of badInputs) {
      const reply = await rpc(host, 'users.create', input);
      expect(reply.status, JSON.stringify(input)).toBe(400);
      expect(JSON.parse(reply.body).error.code).toBe('VALIDATION');
    }
    const fields = JSON.parse((await rpc(host, 'users.create', badInputs[0])).body).error.fields as Array<{
      path: string;
      message: string;
    }>;
    expect(fields.map((f) => f.path).sort()).toEqual(['displayName', 'passphrase', 'role', 'username']);
    expect(fields.find((f) => f.path === 'passphrase')?.message).toBe(
      'La phrase de passe doit contenir au moins 12 caractères (actuellement 5).',
    );
    expect(await tableCounts(join(temp.dir, 'data'), ADMIN.username, ADMIN.passphrase)).toEqual(before);

    await rpc(host, 'session.lock', {});
    const locked = await rpc(host, 'users.list', {});
    expect(locked.status).toBe(423);
    expect(JSON.parse(locked.body).error.code).toBe('LOCKED');
  });
});
