/** What the desktop shell answers when asked to print a PDF through the operating system's print dialog. */
export type PrintOutcome = { ok: true } | { ok: false; reason: 'cancelled' | 'failed' | 'refused'; message: string };

/** Largest PDF the shell accepts to print (a batch of several hundred pages stays far below). */
export const MAX_PRINT_BYTES = 40 * 1024 * 1024;
