import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/free-port';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function postgresBin(name: string): string {
  const root = '/usr/lib/postgresql';
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  return join(root, version, 'bin', name);
}

/**
 * A Postgres cluster of the suite's own (initdb in a temp dir), so stopping it hits nothing else on the
 * machine. Postgres refuses to run as root, so as root the cluster belongs to the postgres user.
 */
export class PrivatePostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'seam-faults-pg-'));
    const pg = new PrivatePostgres(dir, await freePort());
    if (process.getuid?.() === 0)
      chownSync(
        dir,
        Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
        Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
      );
    pg.run('initdb', ['-D', pg.data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    await pg.up();
    return pg;
  }

  get data(): string {
    return join(this.dir, 'data');
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  async up(): Promise<void> {
    this.run('pg_ctl', [
      '-D',
      this.data,
      '-l',
      join(this.dir, 'server.log'),
      '-w',
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
      'start',
    ]);
  }

  /** immediate: like a crash, no clean checkpoint; open connections are cut mid-query */
  async down(): Promise<void> {
    this.run('pg_ctl', ['-D', this.data, '-m', 'immediate', '-w', 'stop']);
  }

  async destroy(): Promise<void> {
    if (existsSync(join(this.data, 'postmaster.pid')))
      this.run('pg_ctl', ['-D', this.data, '-m', 'immediate', '-w', 'stop']);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private run(binary: string, args: string[]): void {
    const command = postgresBin(binary);
    if (process.getuid?.() === 0)
      execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
    else execFileSync(command, args, { stdio: 'pipe' });
  }
}
