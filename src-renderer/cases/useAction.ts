import { useState } from 'react';
import { AppError } from '@shared/errors';

/** One button's call: pending while it runs, the server's French sentence when it fails. */
export function useAction() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setPending(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(caught instanceof AppError ? caught : new AppError('INTERNAL', 'Une erreur inattendue est survenue.'));
      return false;
    } finally {
      setPending(false);
    }
  };
  return { pending, error, run, clear: () => setError(null) };
}
