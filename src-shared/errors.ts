/** Typed errors crossing the RPC boundary (DESIGN.md §4). The message is French and fit for the user. */
export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'LOCKED', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One invalid field: its path in the input (e.g. "passphrase" or "items.2.date") and what is wrong with it. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface RpcErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldIssue[];
  /** Seconds to wait before trying again (login throttling). */
  retryAfterSeconds?: number;
  /** Set on a CONFLICT the user may override with a reason (e.g. 'adult_daily_hours'): call again with the reason. */
  warning?: string;
}

export type RpcResult<T> = { ok: true; result: T } | { ok: false; error: RpcErrorBody };

/** Thrown by core code and by the renderer's client; the router turns it into an RpcErrorBody. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldIssue[];
  readonly retryAfterSeconds?: number;
  readonly warning?: string;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: FieldIssue[]; retryAfterSeconds?: number; warning?: string } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = extra.fields;
    this.retryAfterSeconds = extra.retryAfterSeconds;
    this.warning = extra.warning;
  }

  toBody(): RpcErrorBody {
    const body: RpcErrorBody = { code: this.code, message: this.message };
    if (this.fields) body.fields = this.fields;
    if (this.retryAfterSeconds !== undefined) body.retryAfterSeconds = this.retryAfterSeconds;
    if (this.warning !== undefined) body.warning = this.warning;
    return body;
  }

  static fromBody(body: RpcErrorBody): AppError {
    return new AppError(body.code, body.message, {
      fields: body.fields,
      retryAfterSeconds: body.retryAfterSeconds,
      warning: body.warning,
    });
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  LOCKED: 423,
  INTERNAL: 500,
};
