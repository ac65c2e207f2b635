import type { QueryKey } from '@tanstack/react-query';
import type { MethodInput, MethodName } from '@shared/rpc/contract';

/**
 * Every server query is cached under ['rpc', method, input]: one entry per method and input, so two screens asking
 * the same thing share one answer, and a change can invalidate all the inputs of a method at once (['rpc', method]).
 */
export type RpcQueryKey<M extends MethodName = MethodName> = readonly ['rpc', M, MethodInput<M>];

export function rpcQueryKey<M extends MethodName>(method: M, input: MethodInput<M>): RpcQueryKey<M> {
  return ['rpc', method, input];
}

/** The method a cached query calls, or null for a key that is not an RPC query. */
export function methodOfKey(key: QueryKey): MethodName | null {
  return key[0] === 'rpc' && typeof key[1] === 'string' ? (key[1] as MethodName) : null;
}
