import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The browser host as a user runs it: its own process, a data dir, a random port, the printed URL. */
export class BrowserHostProcess {
  private child: ChildProcess | null = null;
  url = '';
  origin = '';
  token = '';

  constructor(readonly dataDir: string) {}

  async start(): Promise<void> {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src-main/core/cli/web.ts', '--data-dir', this.dataDir, '--port', '0'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    this.url = await new Promise<string>((resolvePromise, reject) => {
      let stdout = '';
      const timer = setTimeout(() => reject(new Error(`browser host did not start: ${stdout} ${stderr}`)), 30_000);
      child.stdout!.on('data', (chunk) => {
        stdout += chunk;
        const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolvePromise(match[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`browser host exited (${code}): ${stderr}`)));
    });
    const parsed = new URL(this.url);
    this.origin = parsed.origin;
    // The token rides in the fragment: the page reads it, a tool sends it as a bearer header.
    this.token = new URLSearchParams(parsed.hash.slice(1)).get('token')!;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }
}
