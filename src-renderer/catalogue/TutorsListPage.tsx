import Stack from '@mui/material/Stack';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { rpcQuery } from '../queries/rpcQuery';
import { ExportCsvButton } from './ExportCsvButton';
import { ListStatus } from './ListStatus';
import { SearchField } from './SearchField';
import { TutorsGrid } from './TutorsGrid';
import { usePagedList } from './usePagedList';

/** All tutors of the territory with their structure, training and posts. Tutors are added from their structure. */
export function TutorsListPage() {
  const list = usePagedList('tigdesk.catalogue.tutors', {});
  const tutors = useQuery({
    ...rpcQuery('tutors.list', { query: list.query, ...list.paging }),
    placeholderData: keepPreviousData,
  });
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
      <ListStatus error={tutors.error} total={tutors.data?.total} one="tuteur" many="tuteurs" />
      <TutorsGrid
        rows={tutors.data?.items ?? []}
        loading={tutors.isFetching}
        emptyText="Aucun tuteur ne correspond à cette recherche."
        paging={{ rowCount: tutors.data?.total, model: list.paginationModel, onChange: list.setPaginationModel }}
      />
    </>
  );
}
