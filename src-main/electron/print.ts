/**
 * Printing a generated PDF through the operating system's print dialog. The PDF is shown by Chromium's viewer in a
 * hidden window of its own in-memory session, whose only "web server" is the handler below: nothing of the
 * document is written to disk and that window can reach nothing else.
 */
import { randomUUID } from 'node:crypto';
import { BrowserWindow, app, session, type Session } from 'electron';
import type { PrintOutcome } from '@shared/print';

const PRINT_PARTITION = 'tigdesk-print';
const PRINT_ORIGIN = 'https://impression.tigdesk.invalid';
/** The viewer lays the document out after the load event; printing earlier prints blank pages. Bigger files take longer. */
function viewerSettleMs(bytes: number): number {
  return 800 + Math.min(4000, Math.round(bytes / 1024));
}

const documents = new Map<string, Buffer>();
let printSession: Session | null = null;

function sessionForPrinting(): Session {
  if (printSession) return printSession;
  const ses = session.fromPartition(PRINT_PARTITION);
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // The window may fetch the document and nothing else: any other web request is cancelled before it leaves.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const web = /^(https?|wss?):/i.test(details.url);
    callback({ cancel: web && !details.url.startsWith(`${PRINT_ORIGIN}/`) });
  });
  ses.protocol.handle('https', (request) => {
    const url = new URL(request.url);
    const pdf = url.origin === PRINT_ORIGIN ? documents.get(url.pathname.slice(1)) : undefined;
    if (!pdf) return new Response('', { status: 404 });
    return new Response(new Uint8Array(pdf), {
      headers: { 'content-type': 'application/pdf', 'cache-control': 'no-store' },
    });
  });
  printSession = ses;
  return ses;
}

export async function printPdf(parent: BrowserWindow | null, pdf: Buffer, title: string): Promise<PrintOutcome> {
  const token = `${randomUUID()}.pdf`;
  documents.set(token, pdf);
  const window = new BrowserWindow({
    show: false,
    title,
    ...(parent ? { parent } : {}),
    webPreferences: {
      session: sessionForPrinting(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      plugins: true,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  try {
    await window.loadURL(`${PRINT_ORIGIN}/${token}`);
    await new Promise((resolve) => setTimeout(resolve, viewerSettleMs(pdf.length)));
    return await new Promise<PrintOutcome>((resolve) => {
      window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
        if (success) resolve({ ok: true });
        else if (/cancel/i.test(failureReason))
          resolve({ ok: false, reason: 'cancelled', message: 'Impression annulée.' });
        else {
          console.error('[print] the print job failed:', failureReason);
          resolve({
            ok: false,
            reason: 'failed',
            message:
              'L’impression a échoué : vérifiez l’imprimante, ou téléchargez le document pour l’imprimer autrement.',
          });
        }
      });
    });
  } catch (error) {
    console.error('[print] cannot print', error);
    return { ok: false, reason: 'failed', message: 'Le document n’a pas pu être préparé pour l’impression.' };
  } finally {
    documents.delete(token);
    if (!window.isDestroyed()) window.destroy();
  }
}
