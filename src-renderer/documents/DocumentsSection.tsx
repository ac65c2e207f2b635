import type { ReactNode } from 'react';
import { SectionCard } from '../cases/SectionCard';
import { ArchivedDocuments, type DocumentsOwner } from './ArchivedDocuments';

/** The "Documents" section of the person's and the host's files; the list follows each new print by itself. */
export function DocumentsSection({
  owner,
  label,
  children,
}: {
  owner: DocumentsOwner;
  label: string;
  children?: ReactNode;
}) {
  return (
    <SectionCard title="Documents">
      {children}
      <ArchivedDocuments owner={owner} label={label} />
    </SectionCard>
  );
}
