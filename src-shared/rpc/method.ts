import type { z } from 'zod';
import type { Role } from '../roles';

/**
 * Who may call a method:
 * - 'public': anyone, even before login (session screens);
 * - 'signed-in': any logged-in, unlocked user;
 * - a list of roles: only those.
 */
export type Access = 'public' | 'signed-in' | readonly Role[];

/** Whether a call is written to the audit trail: it reads or changes personal data, or manages security. */
export type AuditKind = 'none' | 'read' | 'write';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  audit: AuditKind;
  /** Short French description, listed by GET /rpc. */
  summary: string;
  /** Callable while the session is locked (status, unlock, logout). */
  whileLocked?: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}
