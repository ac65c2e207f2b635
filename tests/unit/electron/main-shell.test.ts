/**
 * Wiring of main.ts. The Electron binary cannot run here, so the few Electron objects main.ts touches are
 * replaced by recording stand-ins, and the core by a small fake; the shell's own decisions are what is tested:
 * IPC sender check, protocol responses and headers, navigation and permission denial, shutdown.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type Handler = (...args: any[]) => any; // eslint-disable-line @typescript-eslint/no-explicit-any -- stand-ins for Electron's many signatures

interface WindowOptions {
  width: number;
  height: number;
  show: boolean;
  title: string;
  webPreferences: Record<string, unknown> & { preload: string };
}

interface RecordedWindow {
  options: WindowOptions;
  loaded: string[];
  shown: boolean;
}

const shell = vi.hoisted(() => {
  const state = {
    appRoot: '',
    appHandlers: new Map<string, Handler>(),
    ipcHandlers: new Map<string, Handler>(),
    schemes: [] as unknown[],
    protocolHandler: null as Handler | null,
    permissionRequest: null as Handler | null,
    permissionCheck: null as Handler | null,
    windows: [] as RecordedWindow[],
    sent: [] as unknown[][],
    coreCalls: [] as unknown[][],
    coreListeners: new Set<(event: unknown) => void>(),
    coreClosed: 0,
    quits: 0,
    openOptions: null as unknown,
    paths: new Map<string, string>(),
    partitions: [] as string[],
    printProtocol: null as Handler | null,
    printRequestFilter: null as Handler | null,
    printJobs: [] as { url: string; options: unknown; served: Response | null }[],
    destroyed: 0,
    packaged: false,
    menu: null as { template: { role?: string; submenu?: unknown[] }[] } | null,
  };
  class FakeBrowserWindow {
    options: WindowOptions;
    loaded: string[] = [];
    shown = false;
    destroyed = false;
    webContents = {
      send: (...args: unknown[]) => state.sent.push(args),
      // The print dialog: what the hidden print window shows is fetched as its viewer would, then the user prints.
      print: (options: unknown, callback: (success: boolean, reason: string) => void) => {
        const url = this.loaded.at(-1)!;
        void Promise.resolve(state.printProtocol?.(new Request(url)) ?? null).then((served: Response | null) => {
          state.printJobs.push({ url, options, served });
          callback(true, '');
        });
      },
    };
    constructor(options: WindowOptions) {
      this.options = options;
      state.windows.push(this);
    }
    once(name: string, listener: () => void) {
      if (name === 'ready-to-show') queueMicrotask(listener);
    }
    on() {}
    show() {
      this.shown = true;
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
      state.destroyed += 1;
    }
    static getAllWindows() {
      return state.windows;
    }
    static fromWebContents() {
      return state.windows[0] ?? null;
    }
  }
  const electron = {
    app: {
      requestSingleInstanceLock: () => true,
      on: (name: string, handler: Handler) => state.appHandlers.set(name, handler),
      whenReady: () => Promise.resolve(),
      getAppPath: () => state.appRoot,
      getPath: (name: string) => state.paths.get(name) ?? `${state.appRoot}/${name}`,
      setPath: (name: string, value: string) => state.paths.set(name, value),
      get isPackaged() {
        return state.packaged;
      },
      quit: () => {
        state.quits += 1;
      },
      exit: () => {},
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
      handle: (_scheme: string, handler: Handler) => {
        state.protocolHandler = handler;
      },
    },
    session: {
      fromPartition: (partition: string) => {
        state.partitions.push(partition);
        return {
          webRequest: {
            onBeforeRequest: (handler: Handler) => {
              state.printRequestFilter = handler;
            },
          },
          setPermissionRequestHandler: () => {},
          setPermissionCheckHandler: () => {},
          protocol: {
            handle: (scheme: string, handler: Handler) => {
              if (scheme === 'https') state.printProtocol = handler;
            },
          },
        };
      },
      defaultSession: {
        setPermissionRequestHandler: (handler: Handler) => {
          state.permissionRequest = handler;
        },
        setPermissionCheckHandler: (handler: Handler) => {
          state.permissionCheck = handler;
        },
      },
    },
    ipcMain: { handle: (channel: string, handler: Handler) => state.ipcHandlers.set(channel, handler) },
    dialog: { showErrorBox: () => {} },
    Menu: {
      buildFromTemplate: (template: { role?: string; submenu?: unknown[] }[]) => ({ template }),
      setApplicationMenu: (menu: { template: { role?: string; submenu?: unknown[] }[] }) => {
        state.menu = menu;
      },
    },
    BrowserWindow: FakeBrowserWindow,
  };
  return { state, electron };
});

vi.mock('electron', () => shell.electron);
vi.mock('electron-updater', () => ({ autoUpdater: { checkForUpdatesAndNotify: () => Promise.resolve(null) } }));
vi.mock('@core/app-core', () => ({
  openAppCore: async (options: unknown) => {
    shell.state.openOptions = options;
    return {
      call: async (method: string, input: unknown) => {
        shell.state.coreCalls.push([method, input]);
        return { ok: true, result: method };
      },
      onEvent: (listener: (event: unknown) => void) => {
        shell.state.coreListeners.add(listener);
        return () => shell.state.coreListeners.delete(listener);
      },
      close: async () => {
        shell.state.coreClosed += 1;
      },
      maps: {
        tileOrigins: () => ['https://tuiles.example.fr'],
        serve: async (pathname: string) =>
          pathname === '/tiles/1/0/0'
            ? {
                status: 200,
                contentType: 'image/png',
                cacheControl: 'private, max-age=86400',
                body: Buffer.from('png'),
              }
            : null,
      },
    };
  },
}));

const { state } = shell;

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
}

function contentsEvents() {
  const listeners = new Map<string, Handler>();
  let openHandler: Handler | null = null;
  const contents = {
    on: (name: string, listener: Handler) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: Handler) => {
      openHandler = handler;
    },
  };
  state.appHandlers.get('web-contents-created')!({}, contents);
  return { listeners, openHandler: () => openHandler };
}

function fire(listener: Handler | undefined, url?: string): boolean {
  let prevented = false;
  listener!({ preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('Electron main process wiring', () => {
  beforeAll(async () => {
    state.appRoot = mkdtempSync(path.join(tmpdir(), 'tigdesk-shell-'));
    const renderer = path.join(state.appRoot, 'dist', 'renderer');
    mkdirSync(path.join(renderer, 'assets'), { recursive: true });
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>TIG Desk</title>');
    writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(state.appRoot, 'secret.txt'), 'secret');
    await import('../../../src-main/electron/main');
    await settle();
  });

  afterAll(() => rmSync(state.appRoot, { recursive: true, force: true }));

  it('registers app:// as a privileged standard scheme and opens the core in userData', () => {
    expect(state.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    expect(state.openOptions).toEqual({
      dataDir: path.join(state.appRoot, 'appData', 'TIG Desk'),
      resourcesDir: path.join(state.appRoot, 'resources'),
    });
  });

  it('opens one hardened window on the app origin, shown when ready', () => {
    expect(state.windows).toHaveLength(1);
    const window = state.windows[0]!;
    expect(window.options).toMatchObject({ width: 1280, height: 800, show: false, title: 'TIG Desk' });
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window.options.webPreferences.preload).toBe(path.join(state.appRoot, 'build', 'electron', 'preload.cjs'));
    expect(window.loaded).toEqual(['app://tigdesk/index.html']);
    expect(window.shown).toBe(true);
    // A development build keeps its DevTools.
    expect(window.options.webPreferences.devTools).toBe(true);
    expect(JSON.stringify(state.menu?.template)).toContain('toggleDevTools');
  });

  it('passes calls from the app page to the core', async () => {
    const rpc = state.ipcHandlers.get('tigdesk:rpc')!;
    const result = await rpc({ senderFrame: { url: 'app://tigdesk/index.html' } }, 'session.status', {});
    expect(result).toEqual({ ok: true, result: 'session.status' });
    expect(state.coreCalls.at(-1)).toEqual(['session.status', {}]);
  });

  it.each([
    [{ senderFrame: { url: 'http://127.0.0.1:4000/' } }, 'session.status'],
    [{ senderFrame: { url: 'app://evil/index.html' } }, 'session.status'],
    [{ senderFrame: null }, 'session.status'],
    [{}, 'session.status'],
    [{ senderFrame: { url: 'app://tigdesk/index.html' } }, 'constructor'],
    [{ senderFrame: { url: 'app://tigdesk/index.html' } }, 42],
  ])('refuses a call from %j for %j without reaching the core', async (event, method) => {
    const before = state.coreCalls.length;
    const result = await state.ipcHandlers.get('tigdesk:rpc')!(event, method, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(result.error.message).toMatch(/refusé/);
    expect(state.coreCalls.length).toBe(before);
  });

  it('prints a PDF from the app page in a hidden window of an in-memory session, then forgets it', async () => {
    const print = state.ipcHandlers.get('tigdesk:print')!;
    const pdf = Buffer.from('%PDF-1.3\nconvocation\n');
    const outcome = await print(
      { senderFrame: { url: 'app://tigdesk/index.html' }, sender: {} },
      pdf.toString('base64'),
      'Convocation',
    );
    expect(outcome).toEqual({ ok: true });
    expect(state.partitions).toEqual(['tigdesk-print']);
    const job = state.printJobs.at(-1)!;
    expect(job.options).toMatchObject({ silent: false });
    expect(job.url).toMatch(/^https:\/\/impression\.tigdesk\.invalid\/[0-9a-f-]{36}\.pdf$/);
    expect(job.served?.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await job.served!.arrayBuffer())).toEqual(pdf);

    const printWindow = state.windows.at(-1)!;
    expect(printWindow.options).toMatchObject({ show: false });
    expect(printWindow.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      plugins: true,
    });
    expect(printWindow.options.webPreferences.preload).toBeUndefined();
    expect(state.destroyed).toBe(1);
    // Once printed, the document is no longer served, and nothing else ever was.
    expect((await state.printProtocol!(new Request(job.url))).status).toBe(404);
    expect((await state.printProtocol!(new Request('https://example.org/'))).status).toBe(404);
    const cancelled = (url: string) => {
      let decision: { cancel: boolean } | undefined;
      state.printRequestFilter!({ url }, (answer: { cancel: boolean }) => (decision = answer));
      return decision?.cancel;
    };
    expect(cancelled(job.url)).toBe(false);
    expect(cancelled('http://example.org/')).toBe(true);
    expect(cancelled('wss://example.org/socket')).toBe(true);
    expect(cancelled('https://impression.tigdesk.invalid.example.org/x.pdf')).toBe(true);
  }, 10_000);

  it.each([
    [
      'a foreign page',
      { senderFrame: { url: 'http://127.0.0.1:4000/' }, sender: {} },
      Buffer.from('%PDF-1.3').toString('base64'),
      'refused',
    ],
    [
      'something that is not a PDF',
      { senderFrame: { url: 'app://tigdesk/index.html' }, sender: {} },
      Buffer.from('<html>').toString('base64'),
      'failed',
    ],
  ])('does not print for %s, and opens no window', async (_label, event, data, reason) => {
    const windows = state.windows.length;
    const outcome = await state.ipcHandlers.get('tigdesk:print')!(event, data, 'x');
    expect(outcome).toMatchObject({ ok: false, reason });
    expect(state.windows.length).toBe(windows);
  });

  it('forwards core events to the window', () => {
    const event = { type: 'session', session: { state: 'locked' } };
    for (const listener of state.coreListeners) listener(event);
    expect(state.sent.at(-1)).toEqual(['tigdesk:event', event]);
  });

  it('serves renderer files with the CSP and nosniff, and nothing outside', async () => {
    const handler = state.protocolHandler!;
    const index = (await handler(new Request('app://tigdesk/'))) as Response;
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('<title>TIG Desk</title>');

    const script = (await handler(new Request('app://tigdesk/assets/app.js'))) as Response;
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    const route = (await handler(new Request('app://tigdesk/cases/42'))) as Response;
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('TIG Desk');

    const missing = (await handler(new Request('app://tigdesk/assets/missing.js'))) as Response;
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBeTruthy();

    // Request normalises '..'; the raw string is what a hostile caller could send, so both are tried.
    for (const url of ['app://tigdesk/../secret.txt', 'app://tigdesk/%2e%2e/secret.txt']) {
      const outside = (await handler({ url, method: 'GET' })) as Response;
      expect(outside.status).toBe(404);
      expect(await outside.text()).not.toContain('secret');
    }

    const post = (await handler(new Request('app://tigdesk/index.html', { method: 'POST', body: 'x' }))) as Response;
    expect(post.status).toBe(405);
  });

  it('serves map files through the core, with the configured tile origin in the CSP', async () => {
    const handler = state.protocolHandler!;
    const tile = (await handler(new Request('app://tigdesk/tiles/1/0/0?v=abc'))) as Response;
    expect(tile.status).toBe(200);
    expect(tile.headers.get('content-type')).toBe('image/png');
    expect(tile.headers.get('cache-control')).toBe('private, max-age=86400');
    expect(await tile.text()).toBe('png');
    expect(tile.headers.get('content-security-policy')).toContain(
      "img-src 'self' data: blob: https://tuiles.example.fr",
    );
    // Another host is never asked for map files.
    const foreign = (await handler({ url: 'app://evil/tiles/1/0/0', method: 'GET' })) as Response;
    expect(foreign.status).toBe(404);
  });

  it('denies permissions, new windows, foreign navigation and webviews', () => {
    let granted: boolean | undefined;
    state.permissionRequest!(null, 'media', (allow: boolean) => (granted = allow));
    expect(granted).toBe(false);
    expect(state.permissionCheck!(null, 'geolocation', 'app://tigdesk', {})).toBe(false);

    const { listeners, openHandler } = contentsEvents();
    expect(openHandler()!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(fire(listeners.get('will-navigate'), 'https://example.org/')).toBe(true);
    expect(fire(listeners.get('will-navigate'), 'file:///etc/passwd')).toBe(true);
    expect(fire(listeners.get('will-navigate'), 'app://tigdesk/index.html')).toBe(false);
    expect(fire(listeners.get('will-redirect'), 'http://127.0.0.1/')).toBe(true);
    // Any frame, not only the main one: an iframe may show the app's own PDF blob, nothing from the web.
    const frameNavigation = (url: string, isMainFrame: boolean) => {
      let prevented = false;
      listeners.get('will-frame-navigate')!({ url, isMainFrame, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(frameNavigation('https://example.org/', false)).toBe(true);
    expect(frameNavigation('https://example.org/', true)).toBe(true);
    expect(frameNavigation('blob:app://tigdesk/3f2a', false)).toBe(false);
    expect(frameNavigation('app://tigdesk/index.html', true)).toBe(false);
    expect(fire(listeners.get('will-attach-webview'))).toBe(true);
  });

  it('closes the core before quitting', async () => {
    const willQuit = state.appHandlers.get('will-quit')!;
    expect(fire(willQuit)).toBe(true);
    await settle();
    expect(state.coreClosed).toBe(1);
    expect(state.quits).toBeGreaterThan(0);
    // Second pass: the core is closed, quitting goes ahead.
    expect(fire(willQuit)).toBe(false);
  });
});

describe('Electron main process once packaged', () => {
  beforeAll(async () => {
    state.packaged = true;
    state.windows.length = 0;
    state.menu = null;
    vi.resetModules();
    await import('../../../src-main/electron/main');
    await settle();
  });

  afterAll(() => {
    state.packaged = false;
  });

  it('opens its window without DevTools and offers no menu item that opens them', () => {
    const window = state.windows[0]!;
    expect(window.loaded).toEqual(['app://tigdesk/index.html']);
    expect(window.options.webPreferences.devTools).toBe(false);
    const menu = JSON.stringify(state.menu?.template);
    expect(menu).toContain('"copy"');
    expect(menu).not.toContain('toggleDevTools');
    expect(menu).not.toContain('reload');
  });
});
