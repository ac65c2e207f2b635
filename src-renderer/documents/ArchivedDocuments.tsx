import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { rpcQuery } from '../queries/rpcQuery';
import { DocumentsTable } from './DocumentsTable';

export type DocumentsOwner = { personId: string } | { hostId: string } | { measureId: string };

/**
 * The archived documents of a person, a host or a measure: a short list, in a plain table. Printing a new one
 * makes the list stale, and it refreshes by itself.
 */
export function ArchivedDocuments({ owner, label }: { owner: DocumentsOwner; label: string }) {
  const list = useQuery(rpcQuery('documents.list', owner));
  if (list.error && !list.data) return <Alert severity="error">{list.error.message}</Alert>;
  if (!list.data) return <LinearProgress aria-label="Chargement des documents" />;
  return <DocumentsTable records={list.data} label={label} emptyText="Aucun document imprimé." />;
}
