import Button, { type ButtonProps } from '@mui/material/Button';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useDocumentOutput, type DocumentSource } from './useDocumentOutput';

/** A button that generates a document, shows it and opens the print dialog; the server's refusal shows below it. */
export function PrintButton({
  label,
  produce,
  onPrinted,
  disabled,
  variant = 'outlined',
  size,
}: {
  label: string;
  /** The document to produce: `{ method, input }`, or a function that makes the call. */
  produce: DocumentSource;
  onPrinted?: () => void;
  disabled?: boolean;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}) {
  const output = useDocumentOutput(onPrinted);
  return (
    <>
      <Button
        variant={variant}
        size={size}
        aria-busy={output.pending}
        disabled={disabled || output.pending}
        onClick={() => void output.preview(produce, { print: true })}
      >
        {label}
      </Button>
      <FormErrorAlert error={output.error} />
      {output.dialog}
    </>
  );
}
