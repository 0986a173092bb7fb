import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { PostgresQueueBackend } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { extendedQueriesPatchTarget } from './database/embedded-postgres';
import {
  assertPatchTarget,
  installedVersion,
  patchTargetProblem,
  type MemberKind,
  type PatchTarget,
} from './patch-guard';
import { blockingCapPatchTarget, QueueConnection } from './queue/queue-connection';
import { StartupError } from './startup-error';

class Patched {
  field = 0;
  method(): number {
    return 1;
  }
  get getter(): number {
    return 2;
  }
}

const target = (installed: string | undefined, owner: unknown, name: string, kind: MemberKind): PatchTarget => ({
  patch: 'the test patch',
  libraries: [{ name: 'lib', writtenFor: '1.2.3', installed }],
  members: [{ of: 'Patched', owner, name, kind }],
});

describe('patchTargetProblem', () => {
  it.each<[string, PatchTarget, string | undefined]>([
    ['fits: own field', target('1.2.3', new Patched(), 'field', 'field'), undefined],
    ['fits: inherited method', target('1.2.3', new Patched(), 'method', 'method'), undefined],
    [
      'fits: getter on the prototype, read through an instance',
      target('1.2.3', new Patched(), 'getter', 'getter'),
      undefined,
    ],
    ['fits: getter on the prototype itself', target('1.2.3', Patched.prototype, 'getter', 'getter'), undefined],
    [
      'another version installed',
      target('1.2.4', new Patched(), 'method', 'method'),
      'the test patch was written for lib@1.2.3, but 1.2.4 is installed',
    ],
    [
      'version unreadable',
      target(undefined, new Patched(), 'method', 'method'),
      'the test patch was written for lib@1.2.3, but its version cannot be read',
    ],
    [
      'method gone',
      target('1.2.3', new Patched(), 'renamed', 'method'),
      'the test patch expects Patched.renamed to be a method',
    ],
    [
      'method became a value',
      target('1.2.3', new Patched(), 'field', 'method'),
      'the test patch expects Patched.field to be a method',
    ],
    [
      'getter became a method',
      target('1.2.3', new Patched(), 'method', 'getter'),
      'the test patch expects Patched.method to be a getter',
    ],
    [
      'field gone',
      target('1.2.3', new Patched(), 'counter', 'field'),
      'the test patch expects Patched.counter to be a field',
    ],
    [
      'owner gone',
      target('1.2.3', undefined, 'method', 'method'),
      'the test patch expects Patched.method to be a method',
    ],
  ])('%s', (_case, patchTarget, expected) => {
    const problem = patchTargetProblem(patchTarget);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toContain(expected);
  });

  it('checks the version before the shape', () => {
    expect(patchTargetProblem(target('2.0.0', undefined, 'method', 'method'))).toContain('2.0.0 is installed');
  });
});

describe('assertPatchTarget', () => {
  it('refuses with a one-line StartupError naming the patch and what changed', () => {
    const refusal = (() => {
      try {
        assertPatchTarget(target('1.3.0', new Patched(), 'method', 'method'));
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(StartupError);
    expect((refusal as Error).message).toMatch(
      /^the test patch was written for lib@1\.2\.3, but 1\.3\.0 is installed; re-check the patch/,
    );
    expect((refusal as Error).message).not.toContain('\n');
  });

  it('passes a target that fits', () => {
    expect(() => assertPatchTarget(target('1.2.3', new Patched(), 'getter', 'getter'))).not.toThrow();
  });
});

describe('installedVersion', () => {
  it('reads the version of the copy the imports resolve to, also for a package that does not export its package.json', () => {
    const manifest = (name: string) =>
      (
        JSON.parse(readFileSync(join(__dirname, '..', '..', 'node_modules', name, 'package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
    expect(installedVersion('@electric-sql/pglite-socket')).toBe(manifest('@electric-sql/pglite-socket'));
    expect(installedVersion('bullmq')).toBe(manifest('bullmq'));
  });

  it('is undefined for a package that is not installed', () => {
    expect(installedVersion('seam-no-such-package')).toBeUndefined();
  });
});

// When one of these fails after an upgrade: read the patch against the new library, then move its version.
describe('the monkey-patches fit the installed libraries', () => {
  it("the Postgres queue's blocking cap (bullmq)", () => {
    expect(patchTargetProblem(blockingCapPatchTarget())).toBeUndefined();
  });

  it("the embedded database's query-queue patch (pglite-socket, pglite)", () => {
    // the constructor only stores the database and builds the queue manager: nothing starts or listens
    const server = new PGLiteSocketServer({ db: {} as PGlite, port: 0 });
    expect(patchTargetProblem(extendedQueriesPatchTarget(server))).toBeUndefined();
  });

  it('a reshaped pglite-socket queue is refused', () => {
    const server = new PGLiteSocketServer({ db: {} as PGlite, port: 0 });
    const queue = (server as unknown as { queryQueue: Record<string, unknown> }).queryQueue;
    queue.processQueue = undefined;
    expect(patchTargetProblem(extendedQueriesPatchTarget(server))).toContain(
      'expects queryQueue.processQueue to be a method',
    );
  });

  it('a Postgres-queued service refuses to start when BullMQ no longer has the getter it caps', () => {
    const descriptor = Object.getOwnPropertyDescriptor(PostgresQueueBackend.prototype, 'maximumBlockTimeout')!;
    const settings = { kind: 'postgres' as const, url: 'postgres://127.0.0.1:1/none', prefix: 'seam' };
    expect(() => new QueueConnection(settings)).not.toThrow();
    delete (PostgresQueueBackend.prototype as unknown as Record<string, unknown>).maximumBlockTimeout;
    try {
      expect(() => new QueueConnection(settings)).toThrow(StartupError);
      expect(() => new QueueConnection(settings)).toThrow(
        'expects PostgresQueueBackend.prototype.maximumBlockTimeout to be a getter',
      );
      // a Redis-queued service never applies the cap, so it does not depend on it
      expect(() => new QueueConnection({ ...settings, kind: 'redis', url: 'redis://127.0.0.1:1' })).not.toThrow();
    } finally {
      Object.defineProperty(PostgresQueueBackend.prototype, 'maximumBlockTimeout', descriptor);
    }
  });
});
