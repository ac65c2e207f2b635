import { join } from 'node:path';

/** Where one office's data lives on this device. */
export interface DataPaths {
  dataDir: string;
  database: string;
  keyring: string;
  loginThrottle: string;
}

export function dataPaths(dataDir: string): DataPaths {
  return {
    dataDir,
    database: join(dataDir, 'tigdesk.db'),
    keyring: join(dataDir, 'tigdesk.keyring.json'),
    loginThrottle: join(dataDir, 'login-attempts.json'),
  };
}
