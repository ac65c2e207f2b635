import { useEffect, useState } from 'react';
import { useDebounced } from '../cases/useDebounced';

export interface PagedState<F> {
  query: string;
  filters: F;
  page: number;
  pageSize: number;
}

/** Search, filters and page of one list, kept for the session so "back" finds the list as it was left. */
export function usePagedList<F>(storageKey: string, filters: F) {
  const [state, setState] = useState<PagedState<F>>(() => {
    try {
      const stored = window.sessionStorage.getItem(storageKey);
      if (stored) {
        const parsed = JSON.parse(stored) as Partial<PagedState<F>>;
        return { query: '', page: 0, pageSize: 25, ...parsed, filters: { ...filters, ...parsed.filters } };
      }
    } catch {
      // A damaged stored state falls back to the defaults.
    }
    return { query: '', filters, page: 0, pageSize: 25 };
  });
  useEffect(() => {
    window.sessionStorage.setItem(storageKey, JSON.stringify(state));
  }, [storageKey, state]);
  const query = useDebounced(state.query);
  return {
    state,
    /** The search text once typing has settled, trimmed, for the server. */
    query: query.trim() || undefined,
    setQuery: (text: string) => setState((previous) => ({ ...previous, query: text, page: 0 })),
    setFilter: <K extends keyof F>(key: K, value: F[K]) =>
      setState((previous) => ({ ...previous, filters: { ...previous.filters, [key]: value }, page: 0 })),
    /** The page on screen, as a Data Grid holds it; a new page size starts again from the first page. */
    paginationModel: { page: state.page, pageSize: state.pageSize },
    setPaginationModel: ({ page, pageSize }: { page: number; pageSize: number }) =>
      setState((previous) => ({ ...previous, pageSize, page: pageSize === previous.pageSize ? page : 0 })),
    paging: { offset: state.page * state.pageSize, limit: state.pageSize },
  };
}

/** '' → undefined, 'oui' → true, 'non' → false: tri-state filters read from a native select. */
export function yesNo(value: string): boolean | undefined {
  return value === 'oui' ? true : value === 'non' ? false : undefined;
}
