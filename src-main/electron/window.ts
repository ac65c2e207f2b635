/** The one hardened BrowserWindow, plus the rules applied to every web contents the app creates. */
import { BrowserWindow, app, session } from 'electron';
import { APP_ENTRY_URL, isAllowedNavigation, secureWebPreferences } from './guards';

/** Denies every permission (camera, notifications, geolocation...) and locks navigation down. */
export function hardenSessionsAndContents(): void {
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'TIG Desk',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[window] cannot load the renderer', error);
  });
  return window;
}
