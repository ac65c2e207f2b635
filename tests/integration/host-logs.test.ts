import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { dataPaths } from '@core/data-paths';
import { Keyring } from '@core/crypto/keyring';
import { openDatabase } from '@core/db/open-database';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, TEST_KDF } from '../support/test-core';

// What a clerk types about a person: none of it may reach the host's output, whatever fails.
const SURNAME = 'Quatrebarbes';
const FIRST_NAME = 'Zéphirine';
const STREET = '17 impasse des Glycines';
const PERSONAL = [SURNAME, FIRST_NAME, STREET, 'Zephirine', 'Glycines'];

const DPIP = { username: 'dpip.logs', displayName: 'Didier Logs', role: 'dpip', passphrase: 'phrase de passe dpip 1' };

interface Reply {
  status: number;
  body: string;
}

/** Malformed inputs carrying personal values, including the ones that reached SQLite or a URI encoder. */
const MALFORMED: unknown[] = [
  SURNAME,
  [SURNAME, FIRST_NAME],
  { id: SURNAME, query: SURNAME, lastName: SURNAME, firstName: FIRST_NAME, street: STREET, name: SURNAME },
  { id: `${SURNAME}-0000-0000`, reason: STREET, text: STREET, username: SURNAME, passphrase: SURNAME },
  { query: `${SURNAME}\u0000` },
  { query: `"${SURNAME} OR ${FIRST_NAME}` },
  { query: `\uD800${STREET}`, address: `\uD800${STREET}`, street: `\uD800${STREET}` },
  { deep: { deeper: [{ lastName: SURNAME, street: STREET }] }, limit: -1 },
];

describe('no personal data in the host’s logs', () => {
  const temp = makeTempDir();
  const dataDir = join(temp.dir, 'data');
  let child: ChildProcess;
  let output = '';
  let port = 0;
  let token = '';
  const counts = { calls: 0, serverErrors: 0 };

  async function call(method: string, body: string, contentType = 'application/json'): Promise<Reply> {
    counts.calls += 1;
    const response = await fetch(`http://127.0.0.1:${port}/rpc/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': contentType, Authorization: `Bearer ${token}` },
      body,
    });
    if (response.status >= 500) counts.serverErrors += 1;
    return { status: response.status, body: await response.text() };
  }
  const ok = async (method: string, input: unknown) => {
    const reply = await call(method, JSON.stringify(input));
    expect(reply.status, `${method}: ${reply.body}`).toBe(200);
  };

  const signIn = async (user: { username: string; passphrase: string }) => {
    await ok('session.logout', {});
    await ok('session.login', { username: user.username, passphrase: user.passphrase });
  };

  /** A second connection to the test database, to break it on purpose. */
  async function breakDatabase(statements: string[]): Promise<void> {
    const paths = dataPaths(dataDir);
    const key = await Keyring.load(paths.keyring, TEST_KDF).unlockWithPassphrase(ADMIN.username, ADMIN.passphrase);
    const db = await openDatabase(paths.database, key!);
    try {
      for (const statement of statements) await db.knex.raw(statement);
    } finally {
      await db.close();
    }
  }

  beforeAll(async () => {
    child = fork(join(import.meta.dirname, '..', 'support', 'host-child.ts'), [dataDir, join(temp.dir, 'renderer')], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    ({ port, token } = await new Promise<{ port: number; token: string }>((resolve, reject) => {
      child.once('message', (message) => resolve(message as { port: number; token: string }));
      child.once('exit', (code) => reject(new Error(`host child exited (${code}): ${output}`)));
    }));
    await ok('session.setup', { serviceName: 'SPIP de la Gironde', ...ADMIN });
    await ok('users.create', DPIP);
  });
  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.send('stop');
      await exited;
    }
    temp.cleanup();
  });

  it('logs no input value after malformed calls to every method, as two roles', { timeout: 240_000 }, async () => {
    const catalogue = await fetch(`http://127.0.0.1:${port}/rpc`, { headers: { Authorization: `Bearer ${token}` } });
    const methods = ((await catalogue.json()) as { methods: Array<{ name: string }> }).methods
      .map((m) => m.name)
      // The session methods would sign the fuzzing user out; their inputs are covered by the login below.
      .filter((name) => !name.startsWith('session.'));
    expect(methods.length).toBeGreaterThan(50);
    for (const user of [ADMIN, DPIP]) {
      await signIn(user);
      for (const method of methods) {
        for (const input of MALFORMED) {
          const reply = await call(method, JSON.stringify(input));
          expect(reply.body, method).not.toContain('"ok":true,"result":null');
        }
        await call(method, `{"lastName":"${SURNAME}",`);
        await call(method, JSON.stringify({ lastName: SURNAME }), 'text/plain');
      }
    }
    await call('session.unlock', JSON.stringify({ username: SURNAME, passphrase: STREET }));
    await call(`${SURNAME}.${FIRST_NAME}`, JSON.stringify({ street: STREET }));
    expect(counts.calls).toBeGreaterThan(1000);
    for (const value of PERSONAL) expect(output.toLowerCase()).not.toContain(value.toLowerCase());
    console.info(`host-logs: ${methods.length} methods, ${counts.calls} calls, ${counts.serverErrors} answers 5xx`);
  });

  it('logs a failed SQL statement with its code and a reference the user is shown, not the surname', async () => {
    await signIn(DPIP);
    await breakDatabase([
      "CREATE TRIGGER test_forced_failure BEFORE INSERT ON persons BEGIN SELECT RAISE(ABORT, 'forced failure'); END",
      'DROP TABLE persons_fts',
    ]);
    const before = output.length;
    const create = await call(
      'persons.create',
      JSON.stringify({ lastName: SURNAME, firstName: FIRST_NAME, birthDate: '1990-04-12', street: STREET }),
    );
    const search = await call('persons.search', JSON.stringify({ query: SURNAME }));
    const logged = output.slice(before);
    for (const reply of [create, search]) {
      expect(reply.status).toBe(500);
      const error = (JSON.parse(reply.body) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe('INTERNAL');
      const reference = /référence ([A-Z0-9]{8})/.exec(error.message)?.[1];
      expect(reference, error.message).toBeDefined();
      // Support finds the line by the reference the user reads out; it names the method and the database code.
      const line = logged.split('\n').find((l) => l.includes(`ref=${reference}`));
      expect(line).toMatch(/INTERNAL/);
      expect(line).toMatch(/SQLITE_/);
    }
    for (const value of PERSONAL) expect(output.toLowerCase()).not.toContain(value.toLowerCase());
    expect(output.toLowerCase()).not.toMatch(/insert into|select .* from/);
  });
});
