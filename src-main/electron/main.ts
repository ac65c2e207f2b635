/**
 * Electron main process: lifecycle only. Everything that matters (database, rules, permissions, audit)
 * lives in src-main/core, which never imports 'electron' and is shared with the browser host.
 */
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { autoUpdater } from 'electron-updater';
import path from 'node:path';
import { openAppCore, type AppCore } from '@core/app-core';
import { contentSecurityPolicy } from '@core/hosts/csp';
import { PRODUCT_DIR_NAME } from '@core/paths';
import type { RpcResult } from '@shared/errors';
import { EVENT_CHANNEL, PRINT_CHANNEL, RPC_CHANNEL } from './channels';
import { isTrustedRendererUrl, isValidRpcMessage, parsePrintRequest } from './guards';
import { printPdf } from './print';
import type { PrintOutcome } from '@shared/print';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { createMainWindow, hardenSessionsAndContents, installApplicationMenu } from './window';

const FORBIDDEN_CALL: RpcResult<unknown> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: "Appel refusé : il ne provient pas de l'application." },
};

let core: AppCore | null = null;
let mainWindow: BrowserWindow | null = null;
let closingCore = false;

// Before 'ready': privileged scheme registration is only accepted at this point.
registerAppScheme();
// Same data directory in development, once packaged and in the browser host (core/paths.ts).
app.setPath('userData', path.join(app.getPath('appData'), PRODUCT_DIR_NAME));

if (!app.requestSingleInstanceLock()) {
  // Two instances on one encrypted database would fight over it.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  hardenSessionsAndContents();
  app.whenReady().then(start, (error: unknown) => fail(error));
}

async function start(): Promise<void> {
  // app.getAppPath() is the project directory in development and app.asar once packaged.
  const appRoot = app.getAppPath();
  const rendererRoot = path.join(appRoot, 'dist', 'renderer');
  const preloadPath = path.join(appRoot, 'build', 'electron', 'preload.cjs');

  try {
    core = await openAppCore({ dataDir: app.getPath('userData'), resourcesDir: path.join(appRoot, 'resources') });
  } catch (error) {
    fail(error);
    return;
  }
  const openedCore = core;

  handleAppProtocol(
    rendererRoot,
    () => contentSecurityPolicy({ tileOrigins: openedCore.maps.tileOrigins() }),
    (pathname) => openedCore.maps.serve(pathname),
  );

  ipcMain.handle(RPC_CHANNEL, async (event, method: unknown, input: unknown) => {
    // Only our own page may call the core; a frame from anywhere else gets nothing.
    if (!isTrustedRendererUrl(event.senderFrame?.url) || !isValidRpcMessage(method, input)) {
      return FORBIDDEN_CALL;
    }
    return openedCore.call(method as string, input);
  });

  ipcMain.handle(PRINT_CHANNEL, async (event, pdfBase64: unknown, title: unknown): Promise<PrintOutcome> => {
    if (!isTrustedRendererUrl(event.senderFrame?.url))
      return {
        ok: false,
        reason: 'refused',
        message: 'Impression refusée : l’appel ne provient pas de l’application.',
      };
    const request = parsePrintRequest(pdfBase64, title);
    if (!request)
      return {
        ok: false,
        reason: 'failed',
        message:
          'Ce document ne peut pas être imprimé directement (trop volumineux ou illisible) : téléchargez-le pour l’imprimer.',
      };
    return printPdf(BrowserWindow.fromWebContents(event.sender), request.pdf, request.title);
  });

  openedCore.onEvent((appEvent) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, appEvent);
    }
  });

  installApplicationMenu();
  mainWindow = createMainWindow(preloadPath);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });

  checkForUpdates();
}

/** Packaged builds only; an unreachable update server must never delay or break startup. */
function checkForUpdates(): void {
  if (!app.isPackaged) return;
  autoUpdater
    .checkForUpdatesAndNotify()
    .catch((error: unknown) => console.error('[updater] update check failed', error));
}

function fail(error: unknown): void {
  console.error('[main] startup failed', error);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('TIG Desk', `TIG Desk n'a pas pu démarrer.\n\n${detail}`);
  app.exit(1);
}

app.on('window-all-closed', () => app.quit());

// Close the encrypted database cleanly (WAL checkpoint) before the process goes away.
app.on('will-quit', (event) => {
  if (!core || closingCore) return;
  event.preventDefault();
  closingCore = true;
  const closing = core;
  core = null;
  closing
    .close()
    .catch((error: unknown) => console.error('[main] closing the core failed', error))
    .finally(() => app.quit());
});
