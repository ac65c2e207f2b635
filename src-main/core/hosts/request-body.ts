import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RpcErrorBody } from '@shared/errors';
import { sendError } from './http-replies';

// How long a refused client may go on sending (unread) after its answer before the connection is cut.
const LINGER_MS = 3_000;

/**
 * Bytes of request bodies held in memory at once, for the whole host: a body reserves its declared length (or the
 * limit when undeclared) before its first byte is read, and waits while the budget is spent. Concurrent large
 * bodies thus never hold more than the budget, whatever their number.
 */
export class BodyBudget {
  private used = 0;
  private readonly waiting: Array<{ bytes: number; grant: () => void }> = [];
  peak = 0;

  constructor(readonly capacity: number) {}

  async reserve(bytes: number): Promise<() => void> {
    if (this.waiting.length > 0 || this.used + bytes > this.capacity) {
      await new Promise<void>((grant) => this.waiting.push({ bytes, grant }));
    } else this.take(bytes);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used -= bytes;
      this.grantWaiting();
    };
  }

  private take(bytes: number): void {
    this.used += bytes;
    this.peak = Math.max(this.peak, this.used);
  }

  private grantWaiting(): void {
    // First come, first served: a large reservation is not overtaken by smaller ones forever.
    while (this.waiting.length > 0 && this.used + this.waiting[0]!.bytes <= this.capacity) {
      const next = this.waiting.shift()!;
      this.take(next.bytes);
      next.grant();
    }
  }
}

/**
 * Reads a body of at most `limit` bytes, counting as it goes. Over the limit it stops reading at once (the rest
 * stays unread on the socket) and answers 'too-large'; a declared length over the limit is refused unread.
 * 'aborted': the client went away before the end.
 */
export async function readBodyWithin(
  request: IncomingMessage,
  limit: number,
  budget: BodyBudget,
): Promise<Buffer | 'too-large' | 'aborted'> {
  const declared = request.headers['content-length'];
  const declaredBytes = declared === undefined ? null : Number(declared);
  if (declaredBytes !== null && !(declaredBytes <= limit)) return 'too-large';
  const release = await budget.reserve(declaredBytes ?? limit);
  try {
    return await new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          request.off('data', onData);
          request.pause();
          chunks.length = 0;
          resolve('too-large');
          return;
        }
        chunks.push(chunk);
      };
      request.on('data', onData);
      request.on('end', () => resolve(Buffer.concat(chunks)));
      // Settling twice is harmless: whichever came first stands.
      request.on('error', () => resolve('aborted'));
      request.on('close', () => resolve(request.complete ? Buffer.concat(chunks) : 'aborted'));
    });
  } finally {
    release();
  }
}

/**
 * Answers a request whose body is not wanted (no token, too large, wrong type) without reading that body: the
 * answer goes out, the connection is half-closed, and the unread bytes hold the client back by TCP flow control.
 * The connection is cut after a short grace, time for the client to read the answer: never a reset before.
 */
export function refuseUnreadBody(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  error: RpcErrorBody,
): void {
  request.pause();
  // Drops what is already buffered (a few KiB): reading marks the request as consumed, else Node would drain the
  // whole body after the answer to reuse the connection. The rest is held back by TCP flow control.
  while (request.read() !== null);
  const socket = request.socket;
  // Node ends a `Connection: close` answer with destroySoon(), which resets a connection that still holds unread
  // bytes, and a client may then lose the answer. Half-close instead; cut the connection after a grace period.
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
  sendError(response, status, error, { Connection: 'close' });
}
