import type { MethodName, MethodOutput, MethodParsedInput } from '@shared/rpc/contract';
import type { SessionService } from '../services/session-service';
import type { Clock } from '../util/clock';
import type { GeoRuntime } from '../geo/geo-runtime';

/** What every handler may use; the router has already validated the input and checked the caller's role. */
export interface HandlerContext {
  sessions: SessionService;
  clock: Clock;
  /** Map files on this device (imported MBTiles, fallback outline) and the CSP's tile origins. */
  geo: GeoRuntime;
}

export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
  context: HandlerContext,
) => Promise<MethodOutput<M>> | MethodOutput<M>;

export type HandlerMap<K extends MethodName = MethodName> = { [M in K]: Handler<M> };
