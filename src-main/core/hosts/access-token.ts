import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'tigdesk_token';

export function generateAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

function sameToken(candidate: string | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** How the request proved it knows the token: a bearer header (tests, tools) or the cookie set for the page. */
export function presentedToken(request: IncomingMessage, token: string): 'header' | 'cookie' | null {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ') && sameToken(authorization.slice(7).trim(), token)) return 'header';
  if (sameToken(cookieValue(request, TOKEN_COOKIE), token)) return 'cookie';
  return null;
}

export function tokenMatches(candidate: string | null, token: string): boolean {
  return sameToken(candidate ?? undefined, token);
}
