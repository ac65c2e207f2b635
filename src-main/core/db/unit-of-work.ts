import { AsyncLocalStorage } from 'node:async_hooks';
import type { Knex } from 'knex';

interface OpenUnit {
  root: Knex;
  trx: Knex.Transaction;
  afterCommit: Array<() => Promise<void> | void>;
}

const units = new AsyncLocalStorage<OpenUnit>();

/**
 * The database handle every repository and service holds. Outside a unit of work it is the plain knex instance;
 * inside one (see `runUnitOfWork`) every query and every `transaction(...)` goes to the unit's transaction, the
 * latter as a savepoint. So a service's own transactions, and the audit entry the router appends after them,
 * commit or roll back together (issue 11 item 3), without threading a transaction through every service.
 */
export function unitOfWorkKnex(root: Knex): Knex {
  const current = (): Knex => {
    const unit = units.getStore();
    return unit && unit.root === root ? unit.trx : root;
  };
  return new Proxy(root, {
    apply(_target, thisArg, args) {
      return Reflect.apply(current() as unknown as (...a: unknown[]) => unknown, thisArg, args);
    },
    get(_target, property) {
      // `prototype` is a non-configurable property of the function: the proxy must return the target's own.
      if (property === 'prototype') return Reflect.get(root, property);
      const target = current();
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * Runs `work` in one transaction of `root` (the plain knex, not the proxy): committed when it resolves, rolled back
 * when it throws. Queries made through the proxy of the same database join it, wherever they are in the call.
 */
export async function runUnitOfWork<T>(root: Knex, work: () => Promise<T>): Promise<T> {
  if (units.getStore()?.root === root) return work();
  const afterCommit: OpenUnit['afterCommit'] = [];
  const result = await root.transaction((trx) => units.run({ root, trx, afterCommit }, work));
  for (const effect of afterCommit) await effect();
  return result;
}

/**
 * Runs an effect outside the database (the keyring file) once the current unit of work has committed, or at once
 * outside a unit. A rolled-back call (its audit entry could not be written) so leaves no passphrase able to unwrap
 * the key for an account the database does not have.
 */
export async function afterCommit(effect: () => Promise<void> | void): Promise<void> {
  const unit = units.getStore();
  if (unit) unit.afterCommit.push(effect);
  else await effect();
}
