import { UnrecoverableError, type Job } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_JOBS, CONSUMED_BY_OWNER_TEAMS, JobHandlerRegistry } from './job-handlers';
import { ESCALATION_QUEUE, MAINTENANCE_QUEUE } from './queue-catalogue';

const job = (name: string, data: unknown = {}, attemptsMade = 1, attempts = 1) =>
  ({ name, data, attemptsMade, opts: { attempts } }) as unknown as Job;

describe('JobHandlerRegistry', () => {
  it('lists every consumed catalogue job until each has a handler', () => {
    const registry = new JobHandlerRegistry();
    const consumed = CATALOGUE_JOBS.filter((name) => !CONSUMED_BY_OWNER_TEAMS.has(name));
    expect(registry.missing()).toEqual(consumed);
    for (const name of consumed) registry.register(name, async () => undefined, { concurrency: 1 });
    expect(registry.missing()).toEqual([]);
  });

  it('refuses a second handler for a job, and a handler for a job the owner teams consume', () => {
    const registry = new JobHandlerRegistry();
    registry.register('prune-events', async () => 1, { concurrency: 1 });
    expect(() => registry.register('prune-events', async () => 2, { concurrency: 1 })).toThrow(/two handlers/);
    expect(() => registry.register('issue-routed', async () => 3, { concurrency: 1 })).toThrow(/owner team/);
  });

  it('dispatches by name, and a job nobody handles fails without retry instead of reaching another handler', async () => {
    const registry = new JobHandlerRegistry();
    registry.register('prune-events', async () => 'pruned', { concurrency: 1 });
    registry.register('sweep-outbox', async () => 'swept', { concurrency: 1 });
    await expect(registry.dispatch(job('prune-events'))).resolves.toBe('pruned');
    await expect(registry.dispatch(job('sweep-outbox'))).resolves.toBe('swept');
    await expect(registry.dispatch(job('compact-everything'))).rejects.toBeInstanceOf(UnrecoverableError);
  });

  it('runs each queue once, at the largest concurrency its jobs ask for', () => {
    const registry = new JobHandlerRegistry();
    registry.register('escalate', async () => undefined, { concurrency: 4 });
    registry.register('escalation-sweep', async () => undefined, { concurrency: 1 });
    registry.register('prune-events', async () => undefined, { concurrency: 1 });
    expect(registry.queues()).toEqual(
      new Map([
        [ESCALATION_QUEUE, 4],
        [MAINTENANCE_QUEUE, 1],
      ]),
    );
  });

  it('tells a job handler about its last failure only', () => {
    const registry = new JobHandlerRegistry();
    const seen: string[] = [];
    registry.register('prune-events', async () => undefined, {
      concurrency: 1,
      onFinalFailure: (_job, error) => seen.push(error.message),
    });
    registry.finalFailure(job('prune-events', {}, 1, 3), new Error('first'));
    registry.finalFailure(job('prune-events', {}, 3, 3), new Error('last'));
    registry.finalFailure(job('prune-events', {}, 1, 3), new UnrecoverableError('hopeless'));
    expect(seen).toEqual(['last', 'hopeless']);
  });
});
