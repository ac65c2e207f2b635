import { queryOptions, skipToken } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '@shared/rpc/contract';
import { rpcQueryKey } from './rpcKeys';

/**
 * Options for `useQuery` asking one RPC method; the client's default query function makes the call. A null input
 * asks nothing yet (a search not typed, a map not placed).
 */
export function rpcQuery<M extends MethodName>(method: M, input: MethodInput<M> | null) {
  return queryOptions<MethodOutput<M>>({
    queryKey: rpcQueryKey(method, input as MethodInput<M>),
    ...(input === null ? { queryFn: skipToken } : {}),
  });
}
