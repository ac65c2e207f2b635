/** @jsxRuntime automatic @jsxImportSource react */
import type { ComponentProps, PropsWithChildren, ReactNode } from 'react';
import { Text as PdfText } from '@react-pdf/renderer';

const NBSP = '\u00a0';

/**
 * French typography: the space before ; : ! ? » and after « does not break, so a line never starts with a lone
 * « ; » or « ? ». Applied to the typed data as well as to the templates' own sentences.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ +([;:!?»])/g, `${NBSP}$1`).replace(/« +/g, `«${NBSP}`);
}

function respace(children: ReactNode): ReactNode {
  if (typeof children === 'string') return frenchSpacing(children);
  if (Array.isArray(children)) return children.map(respace);
  return children;
}

/** react-pdf's Text with French non-breaking spaces: every template writes its text through this one. */
export function Text(props: Extract<ComponentProps<typeof PdfText>, PropsWithChildren<{ render?: unknown }>>) {
  return <PdfText {...props}>{respace(props.children)}</PdfText>;
}
