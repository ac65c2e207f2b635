import { openAppCore, type AppCore } from '@core/app-core';
import type { KdfParams } from '@core/crypto/key-wrap';
import type { MethodInput, MethodName, MethodOutput } from '@shared/rpc/contract';
import type { RpcErrorBody } from '@shared/errors';
import type { Clock } from '@core/util/clock';

/** Light scrypt so that tests creating many accounts stay fast; the format is the same as in production. */
export const TEST_KDF: KdfParams = { N: 2 ** 10, r: 8, p: 1 };

export const ADMIN = { username: 'admin', displayName: 'Alice Martin', passphrase: 'phrase de passe admin 1' };

/** A manually advanced clock. */
export class FakeClock implements Clock {
  constructor(private current = Date.parse('2026-11-23T09:00:00Z')) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

export interface TestCore {
  core: AppCore;
  ok<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodOutput<M>>;
  fail(method: string, input?: unknown): Promise<RpcErrorBody>;
}

export async function openTestCore(dataDir: string, clock?: Clock): Promise<TestCore> {
  const core = await openAppCore({ dataDir, kdf: TEST_KDF, clock, idleCheckMs: 3_600_000 });
  return wrap(core);
}

export function wrap(core: AppCore): TestCore {
  return {
    core,
    async ok(method, input) {
      const response = await core.call(method, input ?? {});
      if (!response.ok) throw new Error(`${method} failed: ${JSON.stringify(response.error)}`);
      return response.result as never;
    },
    async fail(method, input) {
      const response = await core.call(method, input ?? {});
      if (response.ok) throw new Error(`${method} unexpectedly succeeded`);
      return response.error;
    },
  };
}

export async function setupAdmin(test: TestCore): Promise<MethodOutput<'session.setup'>> {
  return test.ok('session.setup', { serviceName: 'SPIP de la Gironde', ...ADMIN });
}
