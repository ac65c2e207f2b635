/**
 * Content-Security-Policy shared by both hosts (Electron app:// protocol and the loopback browser host).
 * Pure: no Node- or Electron-specific imports, so the browser host and tests can use it as is.
 */

/** Default online basemap (IGN Géoplateforme, DESIGN.md §7); the settings may name another tile server. */
export const DEFAULT_TILE_ORIGINS: readonly string[] = ['https://data.geopf.fr'];

// Strict origin form: https, a host name, an optional port, nothing else (no path, wildcard, quote or separator).
const HTTPS_ORIGIN = /^https:\/\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/;

/** Returns the canonical origin, or throws: a bad value must never reach a security header. */
export function validateTileOrigin(value: string): string {
  if (typeof value !== 'string' || value.length > 253 + 8 + 6) {
    throw new Error('Tile origin must be a short string');
  }
  const lowered = value.toLowerCase();
  if (!HTTPS_ORIGIN.test(lowered)) {
    throw new Error(`Refused tile origin (https origin expected): ${JSON.stringify(value)}`);
  }
  // Double check with the URL parser: the value must be exactly an origin.
  const parsed = new URL(lowered);
  if (parsed.origin !== lowered) {
    throw new Error(`Refused tile origin (not an origin): ${JSON.stringify(value)}`);
  }
  const port = parsed.port === '' ? 443 : Number(parsed.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`Refused tile origin (bad port): ${JSON.stringify(value)}`);
  }
  return lowered;
}

export function contentSecurityPolicy(options: { tileOrigins?: readonly string[] } = {}): string {
  const tileOrigins = [...new Set((options.tileOrigins ?? []).map(validateTileOrigin))];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    // MUI/emotion inject <style> elements at run time.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...tileOrigins]],
    ['font-src', ["'self'", 'data:']],
    // Everything that talks to the network (geocoding, sync) goes through the main process.
    ['connect-src', ["'self'"]],
    // The PDF preview shows a generated document in a blob: frame, drawn by Chromium's own viewer; no <object>/<embed> (object-src 'none').
    ['frame-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    // Leaflet/supercluster helpers may run in blob: workers.
    ['worker-src', ["'self'", 'blob:']],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
