import type { MethodOutput } from '../../src-shared/rpc/contract';

/** What documents.generate, documents.reprint and the batch methods answer: the archived record and the PDF. */
export type GeneratedDocument = MethodOutput<'documents.generate'>;
