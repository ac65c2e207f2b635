import { MutationCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { AppError } from '@shared/errors';
import type { MethodInput, MethodName } from '@shared/rpc/contract';
import type { RpcClient } from '../rpc/client';
import { isStaleAfter } from './invalidation';
import { methodOfKey } from './rpcKeys';

declare module '@tanstack/react-query' {
  interface Register {
    // Every call fails with the router's typed error and its French sentence.
    defaultError: AppError;
  }
}

/** Marks stale every cached query a change through `method` affects; the ones on screen refetch at once. */
export function invalidateAfter(client: QueryClient, method: MethodName): Promise<void> {
  return client.invalidateQueries({
    predicate: (query) => {
      const queried = methodOfKey(query.queryKey);
      return queried !== null && isStaleAfter(method, queried);
    },
  });
}

/** The method a mutation was started for, from its key ['rpc', method]. */
function mutationMethod(key: QueryKey | undefined): MethodName | null {
  return key ? methodOfKey(key) : null;
}

/**
 * One cache per signed-in session. Queries need no function of their own: the key ['rpc', method, input] says what
 * to call. The database is local, so a failed call is not retried (it would fail the same way) and answers stay
 * fresh for a short while; changes made here or elsewhere invalidate what they touch.
 */
export function createQueryClient(rpc: RpcClient): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        queryFn: ({ queryKey }) => {
          const method = methodOfKey(queryKey);
          if (!method) throw new AppError('INTERNAL', 'Requête inconnue.');
          return rpc.call(method, queryKey[2] as MethodInput<typeof method>);
        },
        retry: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onSuccess: (_data, _variables, _context, mutation) => {
        const method = mutationMethod(mutation.options.mutationKey);
        if (method) return invalidateAfter(client, method);
      },
    }),
  });
  return client;
}
