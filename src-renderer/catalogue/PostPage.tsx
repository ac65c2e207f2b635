import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { POST_CATEGORY_LABELS } from '@shared/domain/catalogue/post-categories';
import type { Post } from '@shared/schemas/catalogue';
import { formatInteger } from '../app/format';
import { useNavigate } from 'react-router';
import { Facts } from '../cases/Facts';
import { SectionCard } from '../cases/SectionCard';
import { rpcQuery } from '../queries/rpcQuery';
import { PostForm } from './PostForm';
import { RegistrationCard } from './RegistrationCard';
import { cataloguePaths } from './routes';

/** The post file (description, occupancy, registration), or the form of a new post of a given structure. */
export function PostPage({
  id,
  newForHostId,
  canKeep,
}: {
  id: string | null;
  newForHostId: string | null;
  canKeep: boolean;
}) {
  return id ? <ExistingPost id={id} canKeep={canKeep} /> : <NewPost hostId={newForHostId} canKeep={canKeep} />;
}

function NewPost({ hostId, canKeep }: { hostId: string | null; canKeep: boolean }) {
  return (
    <>
      <Link href={hostId ? cataloguePaths.host(hostId) : cataloguePaths.posts}>← Retour à la structure</Link>
      <Typography variant="h1" sx={{ mt: 1, mb: 2 }}>
        Nouveau poste
      </Typography>
      {!canKeep || !hostId ? (
        <Alert severity="info">
          Un poste se crée depuis la fiche de sa structure, par le référent territorial TIG ou la direction du service.
        </Alert>
      ) : (
        <NewPostForm hostId={hostId} />
      )}
    </>
  );
}

function NewPostForm({ hostId }: { hostId: string }) {
  const navigate = useNavigate();
  const host = useQuery(rpcQuery('hosts.get', { id: hostId }));
  const tutors = useQuery(rpcQuery('tutors.list', { hostId, limit: 500 }));
  const error = host.error ?? tutors.error;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!host.data || !tutors.data) return <LinearProgress aria-label="Chargement de la structure" />;
  return (
    <SectionCard title="Description du poste">
      <PostForm
        hostId={hostId}
        hostName={host.data.name}
        post={null}
        tutors={tutors.data.items}
        canKeep
        onSaved={(created) => navigate(cataloguePaths.post(created.id))}
      />
    </SectionCard>
  );
}

function ExistingPost({ id, canKeep }: { id: string; canKeep: boolean }) {
  const query = useQuery(rpcQuery('posts.get', { id }));
  const post = query.data;
  const [saved, setSaved] = useState(false);
  return (
    <>
      <Link href={post ? cataloguePaths.host(post.hostId) : cataloguePaths.posts}>← Retour à la structure</Link>
      <Typography variant="h1" sx={{ mt: 1 }}>
        {post ? post.title : 'Poste'}
      </Typography>
      {post && (
        <Typography sx={{ mb: 2 }}>
          {POST_CATEGORY_LABELS[post.category]} — <Link href={cataloguePaths.host(post.hostId)}>{post.hostName}</Link>
          {post.city ? ` — ${post.city}` : ''}
        </Typography>
      )}
      {query.error && <Alert severity="error">{query.error.message}</Alert>}
      {query.isPending && <LinearProgress aria-label="Chargement du poste" />}
      {post && (
        <>
          <SectionCard title="Occupation">
            <Facts
              rows={[
                ['Places', formatInteger(post.places)],
                ['Occupées', formatInteger(post.occupied)],
                ['Libres', formatInteger(post.placesFree)],
                ['État', post.active ? 'Poste ouvert' : 'Poste fermé'],
              ]}
            />
          </SectionCard>
          <RegistrationCard post={post} canKeep={canKeep} />
          <PostEditor
            post={post}
            canKeep={canKeep}
            saved={saved}
            onDismiss={() => setSaved(false)}
            onSaved={() => setSaved(true)}
          />
        </>
      )}
    </>
  );
}

function PostEditor({
  post,
  canKeep,
  saved,
  onDismiss,
  onSaved,
}: {
  post: Post;
  canKeep: boolean;
  saved: boolean;
  onDismiss: () => void;
  onSaved: () => void;
}) {
  const tutors = useQuery(rpcQuery('tutors.list', { hostId: post.hostId, limit: 500 }));
  return (
    <SectionCard title="Description du poste">
      {tutors.error && <Alert severity="error">{tutors.error.message}</Alert>}
      {tutors.data ? (
        // Keyed by id, not by content: a refetch (places taken elsewhere, another window) keeps what is being typed.
        <PostForm
          key={post.id}
          hostId={post.hostId}
          hostName={post.hostName}
          post={post}
          tutors={tutors.data.items}
          canKeep={canKeep}
          onSaved={onSaved}
          notice={
            saved && (
              <Alert severity="success" sx={{ mt: 2 }} onClose={onDismiss}>
                Poste enregistré.
              </Alert>
            )
          }
        />
      ) : (
        <LinearProgress aria-label="Chargement des tuteurs" />
      )}
    </SectionCard>
  );
}
