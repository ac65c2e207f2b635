import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import { useEffect, useRef } from 'react';
import { useRpcQuery } from '../app/useRpcQuery';
import { DocumentsTable } from './DocumentsTable';

export type DocumentsOwner = { personId: string } | { hostId: string } | { measureId: string };

/** The archived documents of a person, a host or a measure; bump `printed` after printing a new one to reload. */
export function ArchivedDocuments({
  owner,
  label,
  printed = 0,
}: {
  owner: DocumentsOwner;
  label: string;
  printed?: number;
}) {
  const list = useRpcQuery('documents.list', owner);
  const { reload } = list;
  const seen = useRef(printed);
  useEffect(() => {
    if (seen.current === printed) return;
    seen.current = printed;
    void reload();
  }, [printed, reload]);

  if (list.error && !list.data) return <Alert severity="error">{list.error.message}</Alert>;
  if (!list.data) return <LinearProgress aria-label="Chargement des documents" />;
  return (
    <DocumentsTable
      records={list.data}
      label={label}
      emptyText="Aucun document imprimé."
      onChanged={() => void reload()}
    />
  );
}
