import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Role } from '@shared/roles';
import type { MethodInput } from '@shared/rpc/contract';
import { formatInteger } from '../app/format';
import { rpcQuery } from '../queries/rpcQuery';
import { CaseloadFilters, type CaseloadFilterState } from './CaseloadFilters';
import { CaseloadTable, type CaseloadSort, type SortDirection } from './CaseloadTable';
import { casesPaths } from './routes';
import { useDebounced } from './useDebounced';

interface ListState {
  filters: CaseloadFilterState;
  sort: CaseloadSort;
  direction: SortDirection;
  page: number;
  pageSize: number;
}

const STORAGE_KEY = 'tigdesk.caseload';

function initialState(role: Role): ListState {
  try {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    if (stored) return JSON.parse(stored) as ListState;
  } catch {
    // A damaged stored state falls back to the defaults.
  }
  return {
    filters: {
      scope: role === 'cpip' ? 'me' : 'all',
      statuses: [],
      deadlineWithinDays: '',
      noHoursForDays: '',
      consentPending: false,
      withAlertsOnly: false,
      query: '',
    },
    sort: 'deadline',
    direction: 'asc',
    page: 0,
    pageSize: 25,
  };
}

function toQuery(state: ListState, query: string): MethodInput<'measures.caseload'> {
  const { filters } = state;
  const days = (text: string) => (text === '' ? undefined : Math.min(3650, Number(text)));
  return {
    officer: filters.scope === 'me' ? 'me' : undefined,
    unassigned: filters.scope === 'unassigned' ? true : undefined,
    statuses: filters.statuses.length > 0 ? filters.statuses : undefined,
    deadlineWithinDays: days(filters.deadlineWithinDays),
    noHoursForDays: filters.noHoursForDays === '' ? undefined : Math.max(1, days(filters.noHoursForDays) ?? 1),
    consentPending: filters.consentPending || undefined,
    withAlertsOnly: filters.withAlertsOnly || undefined,
    query: query.trim() || undefined,
    sort: state.sort,
    direction: state.direction,
    offset: state.page * state.pageSize,
    limit: state.pageSize,
  };
}

/** The caseload: the officer's own measures, or the whole service's, filtered, sorted and paged by the server. */
export function CaseloadPage({ role }: { role: Role }) {
  const [state, setState] = useState<ListState>(() => initialState(role));
  const query = useDebounced(state.filters.query);
  const list = useQuery({ ...rpcQuery('measures.caseload', toQuery(state, query)), placeholderData: keepPreviousData });

  useEffect(() => {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  }, [state]);

  const onSort = (sort: CaseloadSort, direction: SortDirection) =>
    setState((previous) => ({ ...previous, sort, direction, page: 0 }));

  const total = list.data?.total ?? 0;
  const lastPage = Math.max(0, Math.ceil(total / state.pageSize) - 1);
  return (
    <>
      <Stack
        direction={{ xs: 'column', lg: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { lg: 'center' }, mb: 2 }}
      >
        <Typography variant="h1" id="caseload-title">
          Dossiers
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button variant="contained" href={casesPaths.newMeasure}>
            Nouvelle mesure
          </Button>
          {(role === 'secretariat' || role === 'dpip') && (
            <Button variant="outlined" href={casesPaths.import}>
              Importer une liste (CSV)
            </Button>
          )}
          <Button variant="outlined" href={casesPaths.week}>
            Rendez-vous de la semaine
          </Button>
          {role === 'dpip' && (
            <Button variant="outlined" href={casesPaths.distribution}>
              Répartition
            </Button>
          )}
        </Stack>
      </Stack>
      <CaseloadFilters
        value={state.filters}
        onChange={(filters) => setState((previous) => ({ ...previous, filters, page: 0 }))}
      />
      {list.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {list.error.message}
        </Alert>
      )}
      <Typography role="status" variant="body2" sx={{ mb: 1 }}>
        {list.isPending ? 'Chargement…' : `${formatInteger(total)} mesure${total > 1 ? 's' : ''}`}
      </Typography>
      <Box sx={{ height: 'calc(100vh - 330px)', minHeight: 420 }}>
        <CaseloadTable
          items={list.data?.items ?? []}
          total={total}
          loading={list.isFetching}
          sort={state.sort}
          direction={state.direction}
          onSort={onSort}
          page={list.data ? Math.min(state.page, lastPage) : state.page}
          pageSize={state.pageSize}
          onPage={(page, pageSize) =>
            setState((previous) => ({ ...previous, pageSize, page: pageSize === previous.pageSize ? page : 0 }))
          }
          labelledBy="caseload-title"
          emptyText={list.isPending ? 'Chargement…' : 'Aucune mesure ne correspond à ces critères.'}
        />
      </Box>
      {role === 'cpip' && state.filters.scope === 'me' && total === 0 && !list.isFetching && (
        <Button
          sx={{ mt: 1 }}
          onClick={() =>
            setState((previous) => ({ ...previous, filters: { ...previous.filters, scope: 'all' }, page: 0 }))
          }
        >
          Voir tout le service
        </Button>
      )}
    </>
  );
}
