import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import { POST_CATEGORIES, POST_CATEGORY_LABELS, type PostCategory } from '@shared/domain/catalogue/post-categories';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SelectField } from '../forms/fields/SelectField';
import { rpcQuery } from '../queries/rpcQuery';
import { DepartementField } from './DepartementField';
import { ExportCsvButton } from './ExportCsvButton';
import { CataloguePrintButton } from './CataloguePrintButton';
import { ListStatus } from './ListStatus';
import { PostsGrid } from './PostsGrid';
import { SearchField } from './SearchField';
import { usePagedList, yesNo } from './usePagedList';

const compact = { margin: 'none', size: 'small', fullWidth: false } as const;
const REGISTERED: [string, string][] = [
  ['oui', 'Inscrits'],
  ['non', 'Non inscrits'],
];

/** All posts of the territory: search, filters, server-side pages. New posts are created from their structure. */
export function PostsListPage() {
  const list = usePagedList('tigdesk.catalogue.posts', {
    category: '',
    registered: '',
    freeOnly: false,
    departement: '',
  });
  const { filters } = list.state;
  const selected = {
    category: (filters.category || undefined) as PostCategory | undefined,
    registered: yesNo(filters.registered),
    freeOnly: filters.freeOnly || undefined,
    departement: filters.departement.trim().toUpperCase() || undefined,
  };
  const posts = useQuery({
    ...rpcQuery('posts.list', { query: list.query, ...selected, ...list.paging }),
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
          label="Rechercher un poste (intitulé, structure, commune)"
          value={list.state.query}
          onChange={list.setQuery}
        />
        <ExportCsvButton input={{ list: 'posts', query: list.state.query, filters: selected }} />
        <CataloguePrintButton departement={selected.departement ?? ''} />
      </Stack>
      <Stack
        component="section"
        aria-label="Filtres des postes"
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        useFlexGap
        sx={{ mb: 2, alignItems: { md: 'center' }, flexWrap: 'wrap' }}
      >
        <SelectField
          {...compact}
          label="Catégorie"
          emptyLabel="Toutes les catégories"
          options={POST_CATEGORIES.map((category) => [category, POST_CATEGORY_LABELS[category]] as const)}
          value={filters.category}
          onChange={(event) => list.setFilter('category', event.target.value)}
        />
        <SelectField
          {...compact}
          label="Inscription"
          emptyLabel="Tous"
          options={REGISTERED}
          value={filters.registered}
          onChange={(event) => list.setFilter('registered', event.target.value)}
        />
        <DepartementField value={filters.departement} onChange={(value) => list.setFilter('departement', value)} />
        <FormControlLabel
          control={
            <Checkbox
              checked={filters.freeOnly}
              onChange={(event) => list.setFilter('freeOnly', event.target.checked)}
            />
          }
          label="Avec places libres"
        />
      </Stack>
      <ListStatus error={posts.error} total={posts.data?.total} one="poste" many="postes" />
      <PostsGrid
        rows={posts.data?.items ?? []}
        loading={posts.isFetching}
        emptyText="Aucun poste ne correspond à ces critères."
        paging={{ rowCount: posts.data?.total, model: list.paginationModel, onChange: list.setPaginationModel }}
      />
    </>
  );
}
