import type { ReactNode } from 'react';
import { SectionCard } from '../cases/SectionCard';
import { ArchivedDocuments, type DocumentsOwner } from './ArchivedDocuments';

/** The "Documents" section of the person's and the host's files. */
export function DocumentsSection({
  owner,
  label,
  printed,
  children,
}: {
  owner: DocumentsOwner;
  label: string;
  printed?: number;
  children?: ReactNode;
}) {
  return (
    <SectionCard title="Documents">
      {children}
      <ArchivedDocuments owner={owner} label={label} printed={printed} />
    </SectionCard>
  );
}
