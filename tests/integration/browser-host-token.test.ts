import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserHost, type BrowserHost } from '@core/hosts/browser-host';
import { makeTempDir } from '../support/temp-dir';
import { openTestCore, type TestCore } from '../support/test-core';
import { openEvents, send } from '../support/host-http';

// Browsers share cookies across the ports of 127.0.0.1: any other local web service would receive a token cookie.
describe('browser host: the access token never travels in a cookie', () => {
  const temp = makeTempDir();
  let t: TestCore;
  let host: BrowserHost;
  let own: string;

  beforeAll(async () => {
    const rendererDir = join(temp.dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>TIG Desk</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    t = await openTestCore(join(temp.dir, 'data'));
    host = await startBrowserHost({ core: t.core, rendererDir });
    own = `http://127.0.0.1:${host.port}`;
  });
  afterAll(async () => {
    await host.close();
    await t.core.close();
    temp.cleanup();
  });

  it('prints the token in the fragment of the address, which no browser sends to a server', () => {
    const printed = new URL(host.url);
    expect(printed.search).toBe('');
    expect(printed.hash).toBe(`#token=${host.token}`);
  });

  it('serves the page and its files without the token, and never sets a cookie nor redirects', async () => {
    for (const path of ['/', '/assets/app.js', `/?token=${host.token}`, '/#token=x']) {
      const reply = await send(host, { path, auth: false });
      expect(reply.status, path).toBe(200);
      expect(reply.headers['set-cookie'], path).toBeUndefined();
      expect(reply.headers.location, path).toBeUndefined();
    }
    const page = await send(host, { path: '/', auth: false });
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('accepts the token only as a bearer header: a cookie holding it opens nothing', async () => {
    const cookie = { Cookie: `tigdesk_token=${host.token}`, Origin: own };
    const viaCookie = await send(host, {
      method: 'POST',
      path: '/rpc/session.status',
      auth: false,
      headers: { ...cookie, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(viaCookie.status).toBe(401);
    expect(JSON.parse(viaCookie.body).error.code).toBe('FORBIDDEN');
    expect((await send(host, { path: '/rpc', auth: false, headers: cookie })).status).toBe(401);
    expect((await openEvents(host, cookie)).status).toBe(401);
    expect((await openEvents(host, { Authorization: `Bearer ${host.token}`, Origin: own })).status).toBe(200);
  });

  it('refuses /rpc and /events called from another origin, even with the token', async () => {
    const bearer = { Authorization: `Bearer ${host.token}` };
    const foreign: Array<Record<string, string>> = [
      { Origin: 'http://127.0.0.1:1' },
      { Origin: 'http://evil.example' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
    ];
    for (const headers of foreign) {
      const events = await openEvents(host, { ...bearer, ...headers });
      expect(events.status, JSON.stringify(headers)).toBe(403);
      const call = await send(host, {
        method: 'POST',
        path: '/rpc/session.status',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(call.status, JSON.stringify(headers)).toBe(403);
      expect(JSON.parse(call.body).error).toEqual({
        code: 'FORBIDDEN',
        message: 'Requête d’une autre origine refusée.',
      });
    }
    const sameOrigin = { ...bearer, Origin: own, 'Sec-Fetch-Site': 'same-origin' };
    expect((await openEvents(host, sameOrigin)).status).toBe(200);
    expect((await send(host, { path: '/rpc', headers: { Origin: own, 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(
      200,
    );
  });

  it('never redirects off-site, whatever the path looks like', async () => {
    for (const path of [
      `//evil.example/?token=${host.token}`,
      '//evil.example/',
      '//evil.example/%2e%2e/',
      '/%2F%2Fevil.example/',
      `/\\evil.example/?token=${host.token}`,
    ]) {
      const reply = await send(host, { path, auth: false });
      expect(reply.status >= 300 && reply.status < 400, `${path}: ${reply.status}`).toBe(false);
      expect(reply.headers.location, path).toBeUndefined();
    }
  });

  it('denies camera, microphone, geolocation and other device features on every answer', async () => {
    const replies = [
      await send(host, { path: '/', auth: false }),
      await send(host, { path: '/rpc' }),
      await send(host, { path: '/rpc', auth: false }),
      await openEvents(host, { Authorization: `Bearer ${host.token}` }),
    ];
    for (const reply of replies) {
      const policy = String(reply.headers['permissions-policy']);
      for (const feature of ['camera', 'microphone', 'geolocation', 'usb', 'payment'])
        expect(policy).toContain(`${feature}=()`);
    }
  });
});
