import type { SessionState } from '../schemas/session';

/** Events pushed from the main process to the renderer (IPC in Electron, a streamed response in the browser host). */
export type AppEvent = { type: 'session'; session: SessionState };
