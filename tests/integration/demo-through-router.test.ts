import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { buildDemo, DEMO_NOW, DEMO_PASSPHRASE } from '../support/demo-build';
import { FakeClock, openTestCore, type TestCore } from '../support/test-core';

/** The demo data must be readable through every list method: rows the generator writes must fit the contract. */
describe('demo data read back through the router', () => {
  const temp = makeTempDir();
  let t: TestCore;

  beforeAll(async () => {
    await buildDemo(temp.dir, 3);
    t = await openTestCore(temp.dir, new FakeClock(DEMO_NOW.getTime()));
    await t.ok('session.login', { username: 'admin', passphrase: DEMO_PASSPHRASE });
    const referent = (await t.ok('users.list')).find((u) => u.role === 'referent')!;
    await t.ok('session.logout');
    await t.ok('session.login', { username: referent.username, passphrase: DEMO_PASSPHRASE });
  }, 120_000);
  afterAll(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('lists hosts, their habilitations, posts, registrations, tutors and prospects', async () => {
    const hosts = await t.ok('hosts.list', { limit: 200 });
    expect(hosts.total).toBeGreaterThan(50);
    const privateHosts = hosts.items.filter((h) => !h.habilitatedByRight).slice(0, 15);
    expect(privateHosts.length).toBeGreaterThan(5);
    for (const host of privateHosts) {
      const habilitations = await t.ok('habilitations.list', { hostId: host.id });
      expect(habilitations.length, host.name).toBeGreaterThan(0);
    }
    const posts = await t.ok('posts.list', { limit: 20 });
    for (const post of posts.items.slice(0, 10)) await t.ok('registrations.list', { postId: post.id });
    expect((await t.ok('tutors.list', { limit: 20 })).total).toBeGreaterThan(0);
    expect((await t.ok('prospects.list', { limit: 50 })).total).toBeGreaterThan(0);
  });
});
