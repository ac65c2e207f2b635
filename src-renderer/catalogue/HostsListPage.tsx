import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { HOST_TYPES, HOST_TYPE_LABELS, type HostType } from '@shared/domain/catalogue/host-types';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SelectField } from '../forms/fields/SelectField';
import { rpcQuery } from '../queries/rpcQuery';
import { DepartementField } from './DepartementField';
import { ExportCsvButton } from './ExportCsvButton';
import { HostsGrid } from './HostsGrid';
import { ListStatus } from './ListStatus';
import { cataloguePaths } from './routes';
import { SearchField } from './SearchField';
import { usePagedList, yesNo } from './usePagedList';

const compact = { margin: 'none', size: 'small', fullWidth: false } as const;
const YES_NO: [string, string][] = [
  ['oui', 'Oui'],
  ['non', 'Non'],
];

/** Host organisations of the territory: search, filters, server-side pages. */
export function HostsListPage({ canKeep }: { canKeep: boolean }) {
  const list = usePagedList('tigdesk.catalogue.hosts', { type: '', habilitated: '', departement: '' });
  const { filters } = list.state;
  const selected = {
    type: (filters.type || undefined) as HostType | undefined,
    habilitated: yesNo(filters.habilitated),
    departement: filters.departement.trim().toUpperCase() || undefined,
  };
  const hosts = useQuery({
    ...rpcQuery('hosts.list', { query: list.query, ...selected, ...list.paging }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        useFlexGap
        sx={{ mb: 2, alignItems: { md: 'center' }, flexWrap: 'wrap' }}
      >
        <SearchField
          label="Rechercher une structure (nom, commune, SIRET)"
          value={list.state.query}
          onChange={list.setQuery}
        />
        <ExportCsvButton input={{ list: 'hosts', query: list.state.query, filters: selected }} />
        {canKeep && (
          <Button variant="contained" href={cataloguePaths.newHost}>
            Nouvelle structure
          </Button>
        )}
      </Stack>
      <Stack
        component="section"
        aria-label="Filtres des structures"
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        useFlexGap
        sx={{ mb: 2, flexWrap: 'wrap' }}
      >
        <SelectField
          {...compact}
          label="Type de structure"
          emptyLabel="Tous les types"
          options={HOST_TYPES.map((type) => [type, HOST_TYPE_LABELS[type]] as const)}
          value={filters.type}
          onChange={(event) => list.setFilter('type', event.target.value)}
        />
        <SelectField
          {...compact}
          label="Habilitée"
          emptyLabel="Toutes"
          options={YES_NO}
          value={filters.habilitated}
          onChange={(event) => list.setFilter('habilitated', event.target.value)}
        />
        <DepartementField value={filters.departement} onChange={(value) => list.setFilter('departement', value)} />
      </Stack>
      <ListStatus error={hosts.error} total={hosts.data?.total} one="structure" many="structures" />
      <HostsGrid
        rows={hosts.data?.items ?? []}
        loading={hosts.isFetching}
        emptyText="Aucune structure ne correspond à ces critères."
        paging={{ rowCount: hosts.data?.total, model: list.paginationModel, onChange: list.setPaginationModel }}
      />
    </>
  );
}
