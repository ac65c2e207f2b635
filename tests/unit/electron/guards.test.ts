import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  isAllowedNavigation,
  isTrustedRendererUrl,
  isValidRpcMessage,
  mimeTypeFor,
  resolveAppAssetPath,
  parsePrintRequest,
  secureWebPreferences,
} from '../../../src-main/electron/guards';

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
  it('returns the hardened preferences', () => {
    const preload = path.resolve('/opt/tigdesk/build/electron/preload.cjs');
    expect(secureWebPreferences(preload)).toEqual({
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
      preload,
    });
  });

  it('refuses a relative preload path', () => {
    expect(() => secureWebPreferences('build/electron/preload.cjs')).toThrow();
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
