/** The one hardened BrowserWindow, plus the rules applied to every web contents the app creates. */
import { BrowserWindow, Menu, app, session } from 'electron';
import { APP_ENTRY_URL, isAllowedFrameNavigation, isAllowedNavigation, secureWebPreferences } from './guards';
import { applicationMenuTemplate } from './menu-template';

/** Denies every permission (camera, notifications, geolocation...) and locks navigation down. */
export function hardenSessionsAndContents(): void {
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    // Sub-frames too (will-navigate only sees the main frame): an iframe may not wander off to the web.
    contents.on('will-frame-navigate', (details) => {
      if (!isAllowedFrameNavigation(details.url, details.isMainFrame)) details.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** Electron's default menu opens the DevTools; ours does not once packaged. */
export function installApplicationMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(app.isPackaged)));
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
    webPreferences: secureWebPreferences(preloadPath, app.isPackaged),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[window] cannot load the renderer', error);
  });
  return window;
}
