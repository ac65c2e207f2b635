import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useRpcQuery } from '../app/useRpcQuery';
import { SectionCard } from '../cases/SectionCard';
import { ListPager } from './ListPager';
import { PostsTable } from './PostsTable';
import { cataloguePaths } from './routes';

/** The host's posts, with "Nouveau poste". */
export function HostPostsCard({ hostId, canKeep }: { hostId: string; canKeep: boolean }) {
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const posts = useRpcQuery('posts.list', { hostId, offset: page * pageSize, limit: pageSize });
  const total = posts.data?.total ?? 0;
  return (
    <SectionCard
      title="Postes"
      action={
        canKeep ? (
          <Button variant="outlined" size="small" href={cataloguePaths.newPost(hostId)}>
            Nouveau poste
          </Button>
        ) : undefined
      }
    >
      {posts.error && <Alert severity="error">{posts.error.message}</Alert>}
      <PostsTable
        items={posts.data?.items ?? []}
        withHost={false}
        label="Postes de la structure"
        emptyText={posts.loading ? 'Chargement…' : 'Aucun poste pour cette structure.'}
      />
      {total > 25 && (
        <ListPager
          total={total}
          page={page}
          pageSize={pageSize}
          onPage={setPage}
          onPageSize={(size) => {
            setPageSize(size);
            setPage(0);
          }}
        />
      )}
    </SectionCard>
  );
}
