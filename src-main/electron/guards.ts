/**
 * Pure security checks of the Electron shell. No Electron import here, so that they run under
 * plain Node in unit tests; main.ts and protocol.ts apply them.
 */
import path from 'node:path';
import { MAX_PRINT_BYTES } from '@shared/print';

export const APP_SCHEME = 'app';
export const APP_HOST = 'tigdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const MAX_URL_LENGTH = 4096;
const MAX_METHOD_LENGTH = 64;
const METHOD_PATTERN = /^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/;

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True only for pages of our own origin: app://tigdesk/... (no credentials, no port, no look-alike host). */
export function isTrustedRendererUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The window may only ever show the app itself; every other navigation is denied. */
export function isAllowedNavigation(url: unknown): boolean {
  return isTrustedRendererUrl(url);
}

/** Chromium's built-in PDF viewer, which shows the document preview inside its frame. */
const PDF_VIEWER_EXTENSION_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

/**
 * Navigation of any frame (will-frame-navigate). The main frame follows isAllowedNavigation; a sub-frame may also
 * show a blob: PDF the app made itself (the document preview) and the PDF viewer that renders it.
 */
export function isAllowedFrameNavigation(url: unknown, isMainFrame: boolean): boolean {
  if (isMainFrame) return isAllowedNavigation(url);
  if (isTrustedRendererUrl(url)) return true;
  if (typeof url !== 'string') return false;
  if (url.startsWith('blob:')) return isTrustedRendererUrl(url.slice('blob:'.length));
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === 'chrome-extension:' &&
    parsed.host === PDF_VIEWER_EXTENSION_ID &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * Maps app://tigdesk/<path> to a file under rendererRoot. Works on the raw request string (not only on the
 * URL parser's normalised form) so that any traversal attempt is refused outright instead of being folded
 * back into the root. Returns null for anything suspicious.
 */
export function resolveAppAssetPath(rendererRoot: string, requestUrl: unknown): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_URL_LENGTH) return null;
  if (!isTrustedRendererUrl(requestUrl)) return null;
  if (requestUrl.slice(0, APP_ORIGIN.length).toLowerCase() !== APP_ORIGIN) return null;

  let rest = requestUrl.slice(APP_ORIGIN.length);
  const cut = rest.search(/[?#]/);
  if (cut !== -1) rest = rest.slice(0, cut);
  if (rest === '' || rest === '/') rest = '/index.html';
  if (!rest.startsWith('/')) return null;

  const rawSegments = rest.slice(1).split('/');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    // Empty segment: '//' (absolute path) or a trailing slash (a directory).
    if (raw === '' || raw.includes('\\')) return null;
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (
      decoded === '' ||
      decoded.startsWith('.') || // '.', '..', '%2e%2e' and hidden files
      /[/\\:]/.test(decoded) || // encoded separators, Windows drives and streams
      hasControlCharacter(decoded) || // NUL and friends
      /[. ]$/.test(decoded) || // Windows drops trailing dots and spaces: 'index.html.' would be 'index.html'
      isWindowsDeviceName(decoded)
    ) {
      return null;
    }
    segments.push(decoded);
  }

  const root = path.resolve(rendererRoot);
  const target = path.resolve(root, ...segments);
  const relative = path.relative(root, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return target;
}

/** CON, NUL, COM1… name a device on Windows whatever their extension ('nul.txt', 'Con .js'). */
function isWindowsDeviceName(segment: string): boolean {
  const stem = segment.split('.')[0]!.trimEnd();
  return /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i.test(stem);
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export interface HardenedWebPreferences {
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  spellcheck: false;
  navigateOnDragDrop: false;
  /** Off in packaged builds: nobody at the desk opens a console on the decrypted data. */
  devTools: boolean;
  /** Only Chromium's built-in PDF viewer: the document preview shows a generated PDF in a frame. */
  plugins: true;
  preload: string;
}

export function secureWebPreferences(preloadPath: string, isPackaged: boolean): HardenedWebPreferences {
  if (typeof preloadPath !== 'string' || !path.isAbsolute(preloadPath)) {
    throw new Error('The preload path must be absolute');
  }
  return {
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
    devTools: !isPackaged,
    preload: preloadPath,
  };
}

/** A PDF sent by the renderer to be printed: base64 of at most MAX_PRINT_BYTES that decodes to a PDF, and a short title. */
export function parsePrintRequest(pdfBase64: unknown, title: unknown): { pdf: Buffer; title: string } | null {
  if (typeof pdfBase64 !== 'string' || typeof title !== 'string') return null;
  if (
    pdfBase64.length === 0 ||
    pdfBase64.length > Math.ceil(MAX_PRINT_BYTES / 3) * 4 ||
    !/^[A-Za-z0-9+/]+={0,2}$/.test(pdfBase64)
  )
    return null;
  const pdf = Buffer.from(pdfBase64, 'base64');
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') return null;
  const cleanTitle = Array.from(title, (c) => (hasControlCharacter(c) ? ' ' : c))
    .join('')
    .trim()
    .slice(0, 200);
  return { pdf, title: cleanTitle || 'Document TIG Desk' };
}

/** The app:// protocol serves the renderer with the browser host's content types. */
export { mimeTypeOf as mimeTypeFor } from '@core/hosts/static-files';

/** Shape check before anything reaches the core (which validates the input itself against the contract). */
export function isValidRpcMessage(method: unknown, input: unknown): boolean {
  if (typeof method !== 'string' || method.length > MAX_METHOD_LENGTH || !METHOD_PATTERN.test(method)) return false;
  const kind = typeof input;
  return kind === 'undefined' || kind === 'object' || kind === 'string' || kind === 'number' || kind === 'boolean';
}
