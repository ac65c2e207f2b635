import type { SessionState } from '../schemas/session';
import type { MethodName } from './contract';

/** Events pushed from the main process to the renderer (IPC in Electron, a streamed response in the browser host). */
export type AppEvent =
  | { type: 'session'; session: SessionState }
  /** A call changed data: every open window refreshes what it shows of it (later, sync reports here too). */
  | { type: 'changed'; method: MethodName };
