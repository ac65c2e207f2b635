/**
 * IPC channel names shared by main.ts and preload.ts. No imports at all: the sandboxed preload
 * is bundled into one CommonJS file and may require nothing but 'electron'.
 */
export const RPC_CHANNEL = 'tigdesk:rpc';
export const EVENT_CHANNEL = 'tigdesk:event';
export const PRINT_CHANNEL = 'tigdesk:print';
