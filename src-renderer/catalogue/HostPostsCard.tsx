import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SectionCard } from '../cases/SectionCard';
import { rpcQuery } from '../queries/rpcQuery';
import { PAGE_SIZES } from './ListGrid';
import { PostsGrid } from './PostsGrid';
import { cataloguePaths } from './routes';

/** The host's posts, with "Nouveau poste"; pages appear past 25 posts. */
export function HostPostsCard({ hostId, canKeep }: { hostId: string; canKeep: boolean }) {
  const [model, setModel] = useState({ page: 0, pageSize: PAGE_SIZES[0]! });
  const posts = useQuery({
    ...rpcQuery('posts.list', { hostId, offset: model.page * model.pageSize, limit: model.pageSize }),
    placeholderData: keepPreviousData,
  });
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
      <PostsGrid
        rows={posts.data?.items ?? []}
        loading={posts.isFetching}
        withHost={false}
        label="Postes de la structure"
        emptyText="Aucun poste pour cette structure."
        paging={{
          rowCount: posts.data?.total,
          model,
          onChange: (next) => setModel(next.pageSize === model.pageSize ? next : { page: 0, pageSize: next.pageSize }),
        }}
      />
    </SectionCard>
  );
}
