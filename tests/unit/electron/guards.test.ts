import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  isAllowedFrameNavigation,
  isAllowedNavigation,
  isTrustedRendererUrl,
  isValidRpcMessage,
  mimeTypeFor,
  resolveAppAssetPath,
  parsePrintRequest,
  secureWebPreferences,
} from '../../../src-main/electron/guards';
import { applicationMenuTemplate, type MenuItemSpec } from '../../../src-main/electron/menu-template';

const ROOT = path.resolve('/srv/tigdesk/dist/renderer');

describe('isTrustedRendererUrl', () => {
  it('accepts pages of the app origin', () => {
    expect(APP_ORIGIN).toBe('app://tigdesk');
    expect(isTrustedRendererUrl('app://tigdesk/index.html')).toBe(true);
    expect(isTrustedRendererUrl('app://tigdesk/')).toBe(true);
    expect(isTrustedRendererUrl('app://tigdesk/index.html#/cases?id=1')).toBe(true);
  });

  it.each([
    'http://127.0.0.1:5173/',
    'http://localhost/',
    'https://tigdesk/',
    'file:///work/main/dist/renderer/index.html',
    'app://evil/index.html',
    'app://tigdesk.evil.fr/index.html',
    'app://tigdesk@evil/index.html',
    'app://user:pass@tigdesk/index.html',
    'app://tigdesk:8080/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedRendererUrl(url)).toBe(false);
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('refuses non-strings and absurdly long URLs', () => {
    expect(isTrustedRendererUrl(undefined)).toBe(false);
    expect(isTrustedRendererUrl(null)).toBe(false);
    expect(isTrustedRendererUrl({ toString: () => 'app://tigdesk/' })).toBe(false);
    expect(isTrustedRendererUrl(`app://tigdesk/${'a'.repeat(5000)}`)).toBe(false);
  });

  it('allows navigation inside the app only', () => {
    expect(isAllowedNavigation('app://tigdesk/index.html')).toBe(true);
    expect(isAllowedNavigation('https://www.justice.gouv.fr/')).toBe(false);
  });
});

describe('resolveAppAssetPath', () => {
  it('maps the root and plain assets under the renderer directory', () => {
    expect(resolveAppAssetPath(ROOT, 'app://tigdesk')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppAssetPath(ROOT, 'app://tigdesk/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppAssetPath(ROOT, 'app://tigdesk/index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppAssetPath(ROOT, 'app://tigdesk/assets/index-abc123.js')).toBe(
      path.join(ROOT, 'assets', 'index-abc123.js'),
    );
    expect(resolveAppAssetPath(ROOT, 'app://tigdesk/assets/app.css?v=2#x')).toBe(path.join(ROOT, 'assets', 'app.css'));
    expect(resolveAppAssetPath(ROOT, 'app://tigdesk/fonts/Marianne%20Bold.woff2')).toBe(
      path.join(ROOT, 'fonts', 'Marianne Bold.woff2'),
    );
  });

  it.each([
    'app://tigdesk/../../etc/passwd',
    'app://tigdesk/assets/../../../etc/passwd',
    'app://tigdesk/%2e%2e/%2e%2e/etc/passwd',
    'app://tigdesk/%2E%2E/secret',
    'app://tigdesk/.%2e/secret',
    'app://tigdesk/assets%2f..%2f..%2fsecret',
    'app://tigdesk/..%5c..%5csecret',
    'app://tigdesk/..\\..\\secret',
    'app://tigdesk/assets\\app.js',
    'app://tigdesk//etc/passwd',
    'app://tigdesk/C:/Windows/win.ini',
    'app://tigdesk/C%3A%5CWindows%5Cwin.ini',
    'app://tigdesk/index.html%00.png',
    'app://tigdesk/%E0%A4%A',
    'app://tigdesk/assets/',
    'app://tigdesk/.env',
    'app://tigdesk/index.html:stream',
    'app://evil/index.html',
    'app://tigdesk.evil/index.html',
    'file:///etc/passwd',
    'http://127.0.0.1/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppAssetPath(ROOT, url)).toBeNull();
  });

  it('never returns a path outside the root', () => {
    const attempts = ['a/b/c.js', 'assets/x.png', 'deep/er/file.txt'];
    for (const attempt of attempts) {
      const resolved = resolveAppAssetPath(ROOT, `app://tigdesk/${attempt}`);
      expect(resolved).not.toBeNull();
      expect(resolved!.startsWith(ROOT + path.sep)).toBe(true);
    }
  });
});

describe('secureWebPreferences', () => {
  it('returns the hardened preferences, DevTools off once packaged', () => {
    const preload = path.resolve('/opt/tigdesk/build/electron/preload.cjs');
    expect(secureWebPreferences(preload, false).devTools).toBe(true);
    expect(secureWebPreferences(preload, true)).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      plugins: true,
      devTools: false,
      preload,
    });
  });

  it('refuses a relative preload path', () => {
    expect(() => secureWebPreferences('build/electron/preload.cjs', true)).toThrow();
  });
});

describe('mimeTypeFor', () => {
  it('knows the renderer asset types', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/assets/index-1.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/assets/index-1.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x/a.png')).toBe('image/png');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/a.unknown')).toBe('application/octet-stream');
    expect(mimeTypeFor('/x/noext')).toBe('application/octet-stream');
  });
});

describe('isValidRpcMessage', () => {
  it('accepts contract-shaped method names', () => {
    expect(isValidRpcMessage('session.status', {})).toBe(true);
    expect(isValidRpcMessage('users.resetPassphrase', { id: 'x' })).toBe(true);
    expect(isValidRpcMessage('session.status', undefined)).toBe(true);
  });

  it.each([
    ['', {}],
    ['session', {}],
    ['session.', {}],
    ['.status', {}],
    ['Session.status', {}],
    ['session.status.extra', {}],
    ['session/status', {}],
    ['__proto__.constructor', {}],
    ['session.status ', {}],
    [`session.${'a'.repeat(80)}`, {}],
    [42, {}],
    [null, {}],
  ])('refuses method %s', (method, input) => {
    expect(isValidRpcMessage(method, input)).toBe(false);
  });

  it('refuses inputs that cannot be data', () => {
    expect(isValidRpcMessage('session.status', () => 1)).toBe(false);
    expect(isValidRpcMessage('session.status', Symbol('x'))).toBe(false);
  });
});

describe('parsePrintRequest', () => {
  const pdf = Buffer.from('%PDF-1.3\n%test\n').toString('base64');

  it('accepts a base64 PDF and a title, control characters folded', () => {
    const request = parsePrintRequest(pdf, 'Convocation\u0000 — DA-2026-ABC123\n');
    expect(request?.pdf.toString('latin1')).toBe('%PDF-1.3\n%test\n');
    expect(request?.title).toBe('Convocation  — DA-2026-ABC123');
    expect(parsePrintRequest(pdf, '   ')?.title).toBe('Document TIG Desk');
  });

  it.each([
    ['not a string', 42, 'x'],
    ['a title that is not a string', pdf, null],
    ['empty', '', 'x'],
    ['not base64', '%PDF-1.3 raw', 'x'],
    ['not a PDF', Buffer.from('<html>').toString('base64'), 'x'],
    ['too large', 'A'.repeat(60 * 1024 * 1024), 'x'],
  ])('refuses %s', (_label, data, title) => {
    expect(parsePrintRequest(data, title)).toBeNull();
  });
});

describe('resolveAppAssetPath on Windows names', () => {
  it.each([
    'app://tigdesk/con',
    'app://tigdesk/CON',
    'app://tigdesk/nul.txt',
    'app://tigdesk/assets/Nul.tar.gz',
    'app://tigdesk/prn.js',
    'app://tigdesk/aux',
    'app://tigdesk/com1',
    'app://tigdesk/COM9.png',
    'app://tigdesk/lpt1',
    'app://tigdesk/assets/lpt9.css',
    'app://tigdesk/con/index.html',
    'app://tigdesk/nul%20.txt',
    'app://tigdesk/index.html.',
    'app://tigdesk/index.html%20',
    'app://tigdesk/assets./app.js',
    'app://tigdesk/assets%20/app.js',
    'app://tigdesk/index.html%20.',
  ])('refuses %s', (url) => {
    expect(resolveAppAssetPath(ROOT, url)).toBeNull();
  });

  it('still serves names that only start like a device', () => {
    expect(resolveAppAssetPath(ROOT, 'app://tigdesk/assets/console.js')).toBe(path.join(ROOT, 'assets', 'console.js'));
    expect(resolveAppAssetPath(ROOT, 'app://tigdesk/com10.png')).toBe(path.join(ROOT, 'com10.png'));
    expect(resolveAppAssetPath(ROOT, 'app://tigdesk/auxiliary.svg')).toBe(path.join(ROOT, 'auxiliary.svg'));
  });
});

describe('isAllowedFrameNavigation', () => {
  it('lets the main frame show the app only', () => {
    expect(isAllowedFrameNavigation('app://tigdesk/index.html', true)).toBe(true);
    expect(isAllowedFrameNavigation('blob:app://tigdesk/0b1c2d3e', true)).toBe(false);
    expect(isAllowedFrameNavigation('https://example.org/', true)).toBe(false);
  });

  it('lets a sub-frame show the app, its own PDF blobs and the built-in PDF viewer', () => {
    expect(isAllowedFrameNavigation('app://tigdesk/index.html', false)).toBe(true);
    expect(isAllowedFrameNavigation('blob:app://tigdesk/0b1c2d3e-aaaa#toolbar=0', false)).toBe(true);
    expect(isAllowedFrameNavigation('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', false)).toBe(
      true,
    );
  });

  it.each([
    'https://example.org/',
    'http://127.0.0.1:4000/',
    'blob:https://example.org/0b1c',
    'blob:app://evil/0b1c',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/index.html',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    '',
  ])('refuses a sub-frame going to %s', (url) => {
    expect(isAllowedFrameNavigation(url, false)).toBe(false);
  });
});

describe('application menu', () => {
  function roles(items: readonly MenuItemSpec[]): string[] {
    return items.flatMap((item) => [item.role ?? '', ...roles(item.submenu ?? [])]);
  }

  it('has no item that opens the developer tools or reloads in a packaged build', () => {
    const packaged = roles(applicationMenuTemplate(true));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(packaged).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'undo', 'quit']));
    expect(roles(applicationMenuTemplate(false))).toContain('toggleDevTools');
  });
});
