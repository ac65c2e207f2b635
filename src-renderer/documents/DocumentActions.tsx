import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { DocumentRecord } from '@shared/schemas/documents';
import type { DocumentOutput } from './useDocumentOutput';

/** An archived document's title, said as a duplicata when it is one (unless the title already says so). */
export function documentTitle(record: DocumentRecord): string {
  return record.title + (record.duplicataOf && !/duplicata/i.test(record.title) ? ' (duplicata)' : '');
}

/** Reprint or download an archived document: the server gives the same content marked DUPLICATA, archived too. */
export function DocumentActions({
  record,
  output,
  tabIndex,
}: {
  record: DocumentRecord;
  output: Pick<DocumentOutput, 'pending' | 'preview' | 'download'>;
  /** In a data grid cell: the cell's own tab index, so that the keyboard reaches the buttons of the focused cell. */
  tabIndex?: number;
}) {
  const reprint = { method: 'documents.reprint', input: { id: record.id } } as const;
  return (
    <Stack direction="row" spacing={0.5} sx={{ whiteSpace: 'nowrap' }}>
      <Button
        size="small"
        tabIndex={tabIndex}
        disabled={output.pending}
        onClick={() => void output.preview(reprint, { print: true })}
      >
        Réimprimer (duplicata)
      </Button>
      <Button size="small" tabIndex={tabIndex} disabled={output.pending} onClick={() => void output.download(reprint)}>
        Télécharger
      </Button>
    </Stack>
  );
}
