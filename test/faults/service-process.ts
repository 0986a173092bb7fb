import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { waitFor } from '../support/wait-for';

/** One Seam process (api or worker role) as production runs it: `node dist/main.js`, its output kept. */
export class ServiceProcess {
  private child?: ChildProcess;
  private exit?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly output: string[] = [];

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logFile: string,
  ) {}

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['dist/main.js'], {
      env: { ...process.env, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => {
      const text = chunk.toString();
      this.output.push(text);
      appendFileSync(this.logFile, text);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    await waitFor(async () => (await fetch(`http://127.0.0.1:${this.port}/health`)).status === 200, {
      what: `${this.name} healthy on ${this.port}`,
      timeoutMs: 60_000,
      intervalMs: 200,
    });
  }

  /** kill -9: no shutdown hooks, in-flight jobs and requests simply stop */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exit;
  }

  /** SIGTERM, and how the process ended and how long it took */
  async terminate(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
    const started = Date.now();
    this.child?.kill('SIGTERM');
    const { code, signal } = await this.exit!;
    return { code, signal, ms: Date.now() - started };
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(): Promise<void> {
    if (this.running) await this.terminate();
  }
}
