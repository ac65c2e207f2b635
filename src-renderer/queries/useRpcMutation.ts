import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { AppError } from '@shared/errors';
import type { MethodInput, MethodName, MethodOutput } from '@shared/rpc/contract';
import { useRpc } from '../app/RpcContext';

/**
 * A change through one RPC method. Its key ['rpc', method] lets the client invalidate, once it succeeds, the
 * queries it affects (see invalidation.ts); `pending` and `error` drive the button and the alert.
 */
export function useRpcMutation<M extends MethodName>(
  method: M,
  options: Omit<UseMutationOptions<MethodOutput<M>, AppError, MethodInput<M>>, 'mutationKey' | 'mutationFn'> = {},
) {
  const rpc = useRpc();
  return useMutation<MethodOutput<M>, AppError, MethodInput<M>>({
    ...options,
    mutationKey: ['rpc', method],
    mutationFn: (input) => rpc.call(method, input),
  });
}
