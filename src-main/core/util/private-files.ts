/**
 * Files and folders no other account of the PC may read. Modes given to open/mkdir are narrowed by the umask but
 * never widened, and an existing file or folder keeps its mode: so each helper also chmods explicitly. On Windows
 * chmod only toggles read-only; there the profile folder's ACL is what protects the data.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { writeFileAtomic } from './atomic-file';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const POSIX = process.platform !== 'win32';

/** Creates the folder (and its parents) if needed, then makes it 0700 even when it already existed. */
export function ensurePrivateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (POSIX) chmodSync(path, PRIVATE_DIR_MODE);
}

/** Creates the file empty if it does not exist, and makes it 0600 either way; its content is left as it is. */
export function ensurePrivateFile(path: string): void {
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  if (POSIX) chmodSync(path, PRIVATE_FILE_MODE);
}

/** Makes the file 0600 if it exists (files another program creates, such as SQLite's WAL and SHM). */
export function restrictIfPresent(path: string): void {
  if (!POSIX || !existsSync(path)) return;
  try {
    chmodSync(path, PRIVATE_FILE_MODE);
  } catch (error) {
    // Removed between the check and the chmod (SQLite deletes its WAL on close): nothing left to protect.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Replaces the file's content atomically; the result is 0600 whatever the umask or the previous file's mode. */
export function writePrivateFile(path: string, content: string): void {
  writeFileAtomic(path, content);
  if (POSIX) chmodSync(path, PRIVATE_FILE_MODE);
}
