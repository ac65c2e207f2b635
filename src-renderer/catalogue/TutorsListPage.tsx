import Stack from '@mui/material/Stack';
import { useRpcQuery } from '../app/useRpcQuery';
import { ExportCsvButton } from './ExportCsvButton';
import { ListPager } from './ListPager';
import { ListStatus } from './ListStatus';
import { SearchField } from './SearchField';
import { TutorsTable } from './TutorsTable';
import { usePagedList } from './usePagedList';

/** All tutors of the territory with their structure, training and posts. Tutors are added from their structure. */
export function TutorsListPage() {
  const list = usePagedList('tigdesk.catalogue.tutors', {});
  const tutors = useRpcQuery('tutors.list', { query: list.query, ...list.paging });
  return (
    <>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        useFlexGap
        sx={{ mb: 2, alignItems: { md: 'center' } }}
      >
        <SearchField label="Rechercher un tuteur (nom, structure)" value={list.state.query} onChange={list.setQuery} />
        <ExportCsvButton input={{ list: 'tutors', query: list.state.query }} />
      </Stack>
      <ListStatus
        loading={tutors.loading}
        error={tutors.error}
        total={tutors.data?.total}
        one="tuteur"
        many="tuteurs"
      />
      <TutorsTable
        items={tutors.data?.items ?? []}
        emptyText={tutors.loading ? 'Chargement…' : 'Aucun tuteur ne correspond à cette recherche.'}
      />
      <ListPager
        total={tutors.data?.total ?? 0}
        page={list.state.page}
        pageSize={list.state.pageSize}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
      />
    </>
  );
}
