import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function generateAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

function sameToken(candidate: string | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Whether the request carries the token as `Authorization: Bearer`, the only way it is accepted: never a cookie,
 * which a browser would also send to any other service listening on another port of 127.0.0.1.
 */
export function presentedToken(request: IncomingMessage, token: string): boolean {
  const authorization = request.headers.authorization;
  return authorization?.startsWith('Bearer ') === true && sameToken(authorization.slice(7).trim(), token);
}
