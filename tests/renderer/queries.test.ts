import { QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { AppError, type RpcResult } from '@shared/errors';
import { contract, type MethodName } from '@shared/rpc/contract';
import type { AppEvent } from '@shared/rpc/events';
import { domainOf, isStaleAfter } from '@renderer/queries/invalidation';
import { createQueryClient, invalidateAfter } from '@renderer/queries/queryClient';
import { rpcQuery } from '@renderer/queries/rpcQuery';
import { methodOfKey, rpcQueryKey } from '@renderer/queries/rpcKeys';
import { createRpcClient } from '@renderer/rpc/client';
import type { Transport } from '@renderer/rpc/transport';

describe('query keys', () => {
  it('keys a query by method and input, so equal inputs share one cache entry and others do not', () => {
    expect(rpcQueryKey('measures.get', { id: 'a' })).toEqual(['rpc', 'measures.get', { id: 'a' }]);
    expect(rpcQuery('measures.get', { id: 'a' }).queryKey).toEqual(rpcQuery('measures.get', { id: 'a' }).queryKey);
    expect(rpcQuery('measures.get', { id: 'a' }).queryKey).not.toEqual(rpcQuery('measures.get', { id: 'b' }).queryKey);
  });

  it('reads the method back from a key, and nothing from a key that is not an RPC query', () => {
    expect(methodOfKey(rpcQueryKey('users.list', {}))).toBe('users.list');
    expect(methodOfKey(['something', 'else'])).toBeNull();
  });
});

describe('invalidation rules', () => {
  const methods = Object.keys(contract) as MethodName[];

  it('places every method of the contract in a domain the rules know', () => {
    for (const method of methods) expect(() => isStaleAfter(method, 'users.list'), method).not.toThrow();
  });

  it.each([
    ['hours.record', 'measures.get'],
    ['hours.record', 'measures.caseload'],
    ['placements.create', 'posts.list'],
    ['placements.create', 'map.points'],
    ['registrations.decide', 'matching.suggest'],
    ['users.update', 'users.list'],
    ['settings.update', 'settings.get'],
    ['letterhead.update', 'letterhead.get'],
    ['documents.generate', 'documents.list'],
    ['geo.importGazetteer', 'geo.gazetteerStatus'],
    ['basemap.importMbtiles', 'geo.getSettings'],
    // Where the matching starts from: the person's home, availability and limits.
    ['persons.update', 'matching.suggest'],
    // A status that ends the measure ends its placement: the post's free places change.
    ['measures.transition', 'posts.choices'],
    ['measures.transition', 'posts.list'],
    ['hosts.update', 'measures.get'],
  ] as const)('a change through %s makes %s stale', (changed, queried) => {
    expect(isStaleAfter(changed, queried)).toBe(true);
  });

  it.each([
    ['hours.record', 'users.list'],
    ['letterhead.update', 'measures.get'],
    ['prospects.update', 'measures.caseload'],
    ['settings.update', 'posts.list'],
  ] as const)('a change through %s leaves %s alone', (changed, queried) => {
    expect(isStaleAfter(changed, queried)).toBe(false);
  });

  it('makes the audit trail stale after any change: every write is written to it', () => {
    for (const method of methods.filter((name) => contract[name].audit === 'write')) {
      expect(isStaleAfter(method, 'audit.list'), method).toBe(true);
    }
  });

  it('makes a domain stale after a change in itself, for every domain that has queries', () => {
    for (const method of methods.filter((name) => contract[name].audit === 'write')) {
      const sameDomainReads = methods.filter(
        (name) => domainOf(name) === domainOf(method) && contract[name].audit !== 'write',
      );
      for (const read of sameDomainReads) expect(isStaleAfter(method, read), `${method} → ${read}`).toBe(true);
    }
  });
});

/** A main process that counts calls per method and answers with the count, so a refetch shows. */
function countingTransport() {
  const counts = new Map<string, number>();
  const listeners = new Set<(event: AppEvent) => void>();
  const transport: Transport = {
    async call(method): Promise<RpcResult<unknown>> {
      const count = (counts.get(method) ?? 0) + 1;
      counts.set(method, count);
      if (method === 'incidents.record') return { ok: true, result: { ok: true } };
      if (method === 'users.create') return { ok: false, error: { code: 'VALIDATION', message: 'Refusé.' } };
      return { ok: true, result: count };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { transport, counts, push: (event: AppEvent) => listeners.forEach((listener) => listener(event)) };
}

/** Keeps a query on screen, as a mounted component would. */
async function watch(client: ReturnType<typeof createQueryClient>, method: MethodName, input: unknown) {
  const observer = new QueryObserver(client, rpcQuery(method as 'users.list', input as Record<string, never>));
  const unsubscribe = observer.subscribe(() => {});
  await client.fetchQuery(rpcQuery(method as 'users.list', input as Record<string, never>));
  return unsubscribe;
}

async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('the query client', () => {
  it('refetches what a successful change made stale, and only that', async () => {
    const fake = countingTransport();
    const client = createQueryClient(createRpcClient(fake.transport));
    await watch(client, 'measures.get', { id: 'm1' });
    await watch(client, 'users.list', {});
    expect(fake.counts.get('measures.get')).toBe(1);

    await client
      .getMutationCache()
      .build(client, { mutationKey: ['rpc', 'incidents.record'], mutationFn: async () => ({}) })
      .execute({});
    await settle();
    expect(fake.counts.get('measures.get')).toBe(2);
    expect(fake.counts.get('users.list')).toBe(1);
  });

  it('refetches nothing when the change fails', async () => {
    const fake = countingTransport();
    const rpc = createRpcClient(fake.transport);
    const client = createQueryClient(rpc);
    await watch(client, 'users.list', {});
    const mutation = client.getMutationCache().build(client, {
      mutationKey: ['rpc', 'users.create'],
      mutationFn: () => rpc.call('users.create', {} as never),
    });
    await expect(mutation.execute({})).rejects.toBeInstanceOf(AppError);
    await settle();
    expect(fake.counts.get('users.list')).toBe(1);
  });

  it('asks nothing for a null input (a search not typed yet)', async () => {
    const fake = countingTransport();
    const client = createQueryClient(createRpcClient(fake.transport));
    const observer = new QueryObserver(client, rpcQuery('persons.search', null));
    const unsubscribe = observer.subscribe(() => {});
    await settle();
    expect(fake.counts.size).toBe(0);
    expect(observer.getCurrentResult().fetchStatus).toBe('idle');
    unsubscribe();
  });

  it('refetches what another window changed when the main process says so', async () => {
    const fake = countingTransport();
    const client = createQueryClient(createRpcClient(fake.transport));
    await watch(client, 'posts.list', {});
    await watch(client, 'letterhead.get', {});
    await invalidateAfter(client, 'posts.update');
    await settle();
    expect(fake.counts.get('posts.list')).toBe(2);
    expect(fake.counts.get('letterhead.get')).toBe(1);
  });
});
