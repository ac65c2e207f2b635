import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserHost, type BrowserHost, MAX_BODY_BYTES } from '@core/hosts/browser-host';
import { makeTempDir } from '../support/temp-dir';
import { openTestCore, type TestCore } from '../support/test-core';

const MiB = 1024 * 1024;
// What a connection may read past the body limit: headers, socket and stream buffers.
const READ_SLACK = MiB;

interface Outcome {
  status: number;
  body: string;
  /** The client's socket failed before the whole answer was read (connection reset, broken pipe). */
  error?: string;
}

/**
 * A real HTTP client uploading `bytes` in 64 KiB chunks, with or without a declared length. It honours
 * back-pressure and, as a browser does, stops sending once the answer has arrived, unless `persist` (a script that
 * pushes its whole body whatever the server says).
 */
function upload(
  host: BrowserHost,
  options: { bytes: number; declare: boolean; auth: boolean; persist?: boolean },
): Promise<Outcome> {
  const headers: Record<string, string> = {
    Host: `127.0.0.1:${host.port}`,
    'Content-Type': 'application/json',
  };
  if (options.auth) headers.Authorization = `Bearer ${host.token}`;
  if (options.declare) headers['Content-Length'] = String(options.bytes);
  return new Promise((resolve) => {
    const req = httpRequest({
      host: '127.0.0.1',
      port: host.port,
      method: 'POST',
      path: '/rpc/session.status',
      headers,
    });
    let answered = false;
    let finished = false;
    let sent = 0;
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const outcome = { status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') };
        // A persistent client goes on pushing until its body is sent or the server closes the connection.
        const done = () => {
          finished = true;
          req.destroy();
          resolve(outcome);
        };
        if (!options.persist) done();
        else {
          req.once('finish', done);
          req.once('error', done);
          req.socket?.once('close', done);
        }
      });
      res.on('error', (error: NodeJS.ErrnoException) => {
        if (!finished) resolve({ status: res.statusCode ?? 0, body: '', error: error.code ?? error.message });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (!finished && !answered) resolve({ status: 0, body: '', error: error.code ?? error.message });
    });
    const chunk = Buffer.alloc(64 * 1024, 32);
    const pump = () => {
      while ((options.persist || !answered) && !finished && sent < options.bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!finished && sent >= options.bytes) req.end();
    };
    pump();
  });
}

describe('browser host: request bodies', () => {
  const temp = makeTempDir();
  let t: TestCore;
  let host: BrowserHost;

  beforeAll(async () => {
    const rendererDir = join(temp.dir, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>TIG Desk</title>');
    t = await openTestCore(join(temp.dir, 'data'));
    host = await startBrowserHost({ core: t.core, rendererDir });
  });
  afterAll(async () => {
    await host.close();
    await t.core.close();
    temp.cleanup();
  });

  it('checks the token before reading a byte of the body', async () => {
    const before = host.bodyStats().bytesRead;
    const outcomes = await Promise.all([
      upload(host, { bytes: 100 * MiB, declare: true, auth: false }),
      upload(host, { bytes: 100 * MiB, declare: false, auth: false }),
      upload(host, { bytes: 100 * MiB, declare: true, auth: false, persist: true }),
      upload(host, { bytes: 100 * MiB, declare: false, auth: false, persist: true }),
    ]);
    for (const outcome of outcomes) {
      expect(outcome.error).toBeUndefined();
      expect(outcome.status).toBe(401);
      expect(JSON.parse(outcome.body).error.code).toBe('FORBIDDEN');
    }
    // Four refused uploads of 100 MiB: only what the sockets buffer before the answer, nowhere near the bodies.
    expect(host.bodyStats().bytesRead - before).toBeLessThan(4 * READ_SLACK);
  });

  it('answers 413 to eight concurrent over-limit bodies, never a reset, reading none past the limit', async () => {
    const before = host.bodyStats();
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        upload(host, { bytes: MAX_BODY_BYTES + 8 * MiB, declare: i % 2 === 0, auth: true }),
      ),
    );
    for (const outcome of outcomes) {
      expect(outcome.error).toBeUndefined();
      expect(outcome.status).toBe(413);
      expect(JSON.parse(outcome.body).error).toEqual({
        code: 'VALIDATION',
        message: `Requête trop volumineuse (au plus ${MAX_BODY_BYTES / MiB} Mio).`,
      });
    }
    const after = host.bodyStats();
    // Declared lengths are refused unread; chunked bodies are read up to the limit, then left unread.
    expect(after.maxConnectionBytesRead).toBeLessThan(MAX_BODY_BYTES + READ_SLACK);
    expect(after.bytesRead - before.bytesRead).toBeLessThan(4 * (MAX_BODY_BYTES + READ_SLACK));
    // Memory: the bodies held at once never exceed the host's budget of twice the limit.
    expect(after.peakBufferedBodyBytes).toBeLessThanOrEqual(2 * MAX_BODY_BYTES);
  });

  it('still reads a body within the limit after refusing others', async () => {
    const reply = await upload(host, { bytes: 0, declare: true, auth: true });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, result: { state: 'setup' } });
  });
});
