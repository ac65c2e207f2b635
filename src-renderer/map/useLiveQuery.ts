import { useEffect, useRef, useState } from 'react';
import { AppError } from '@shared/errors';
import type { MethodInput, MethodName, MethodOutput } from '@shared/rpc/contract';
import { useRpc } from '../app/RpcContext';

export interface LiveQuery<T> {
  data: T | null;
  error: AppError | null;
  loading: boolean;
}

/**
 * Like useRpcQuery, for inputs that change quickly (filters, viewport): only the answer to the latest input is
 * kept, the previous data stays on screen while the next one loads, and a null input asks nothing.
 */
export function useLiveQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
  reloadKey = 0,
): LiveQuery<MethodOutput<M>> {
  const rpc = useRpc();
  const [data, setData] = useState<MethodOutput<M> | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(input !== null);
  const sequence = useRef(0);
  const key = input === null ? null : JSON.stringify(input);

  useEffect(() => {
    if (key === null) return;
    const mine = ++sequence.current;
    setLoading(true);
    rpc
      .call(method, JSON.parse(key) as MethodInput<M>)
      .then((result) => {
        if (mine !== sequence.current) return;
        setData(result);
        setError(null);
      })
      .catch((caught: unknown) => {
        if (mine !== sequence.current) return;
        setError(caught instanceof AppError ? caught : new AppError('INTERNAL', 'Une erreur inattendue est survenue.'));
      })
      .finally(() => {
        if (mine === sequence.current) setLoading(false);
      });
  }, [rpc, method, key, reloadKey]);

  return { data, error, loading };
}
