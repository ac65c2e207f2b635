import { useCallback, useEffect, useState } from 'react';
import { AppError } from '@shared/errors';
import type { MethodInput, MethodName, MethodOutput } from '@shared/rpc/contract';
import { useRpc } from './RpcContext';

export interface RpcQuery<T> {
  data: T | null;
  error: AppError | null;
  loading: boolean;
  reload(): Promise<void>;
}

/** Loads one method's result when the component mounts; `reload` after a change. */
export function useRpcQuery<M extends MethodName>(method: M, input: MethodInput<M>): RpcQuery<MethodOutput<M>> {
  const rpc = useRpc();
  const [data, setData] = useState<MethodOutput<M> | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(true);
  // Inputs are small literals; comparing their JSON avoids refetching on every render.
  const key = JSON.stringify(input);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await rpc.call(method, JSON.parse(key) as MethodInput<M>));
      setError(null);
    } catch (caught) {
      setError(caught instanceof AppError ? caught : new AppError('INTERNAL', 'Une erreur inattendue est survenue.'));
    } finally {
      setLoading(false);
    }
  }, [rpc, method, key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, loading, reload };
}
