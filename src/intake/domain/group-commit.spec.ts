import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit';

function deferred() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { gate, release };
}

describe('GroupCommit', () => {
  it('writes a lone request at once, by itself', async () => {
    const writes: number[][][] = [];
    const commit = new GroupCommit<number, number>(
      async (groups) => {
        writes.push(groups);
        return groups.map((g) => g.length);
      },
      { maxInFlight: 2, maxItems: 100 },
    );
    expect(await commit.submit([1, 2, 3])).toBe(3);
    expect(writes).toEqual([[[1, 2, 3]]]);
  });

  it('groups requests that arrive while the writes in flight are busy, and answers each its own result', async () => {
    const writes: number[][][] = [];
    const { gate, release } = deferred();
    const commit = new GroupCommit<number, string>(
      async (groups) => {
        writes.push(groups);
        await gate;
        return groups.map((g) => g.join('+'));
      },
      { maxInFlight: 1, maxItems: 100 },
    );
    const first = commit.submit([1]);
    const others = [commit.submit([2]), commit.submit([3, 4]), commit.submit([5])];
    expect(commit.waiting).toBe(3);
    release();
    expect(await first).toBe('1');
    expect(await Promise.all(others)).toEqual(['2', '3+4', '5']);
    expect(writes).toEqual([[[1]], [[2], [3, 4], [5]]]);
  });

  it('caps a write at maxItems without splitting a request', async () => {
    const sizes: number[] = [];
    const { gate, release } = deferred();
    const commit = new GroupCommit<number, number>(
      async (groups) => {
        sizes.push(groups.flat().length);
        await gate;
        return groups.map(() => 0);
      },
      { maxInFlight: 1, maxItems: 5 },
    );
    const all = [
      commit.submit([0]),
      commit.submit([1, 2, 3]),
      commit.submit([4, 5]),
      commit.submit([6, 7, 8, 9, 10, 11]),
      commit.submit([12]),
    ];
    release();
    await Promise.all(all);
    expect(sizes).toEqual([1, 5, 6, 1]);
  });

  it('runs up to maxInFlight writes at once', async () => {
    let concurrent = 0;
    let peak = 0;
    const commit = new GroupCommit<number, number>(
      async (groups) => {
        concurrent += 1;
        peak = Math.max(peak, concurrent);
        await new Promise((resolve) => setTimeout(resolve, 5));
        concurrent -= 1;
        return groups.map(() => 0);
      },
      { maxInFlight: 3, maxItems: 1 },
    );
    await Promise.all(Array.from({ length: 10 }, (_, i) => commit.submit([i])));
    expect(peak).toBe(3);
  });

  it('fails every request of a failed write, and keeps serving later ones', async () => {
    let fail = true;
    const commit = new GroupCommit<number, number>(
      async (groups) => {
        if (fail) throw new Error('database away');
        return groups.map((g) => g[0]);
      },
      { maxInFlight: 1, maxItems: 10 },
    );
    await expect(commit.submit([1])).rejects.toThrow('database away');
    fail = false;
    expect(await commit.submit([2])).toBe(2);
  });

  it('retries each request of a failed write alone, so only the one that cannot be written fails', async () => {
    const writes: string[][][] = [];
    const { gate, release } = deferred();
    const commit = new GroupCommit<string, string>(
      async (groups) => {
        writes.push(groups);
        await gate;
        if (groups.flat().includes('bad')) throw new Error('cannot store bad');
        return groups.map((g) => g.join('+'));
      },
      { maxInFlight: 1, maxItems: 100 },
    );
    const first = commit.submit(['a']);
    const grouped = [commit.submit(['b']), commit.submit(['bad']), commit.submit(['c', 'd'])].map((p) =>
      p.then(
        (value) => ({ value }),
        (error: Error) => ({ error: error.message }),
      ),
    );
    release();
    expect(await first).toBe('a');
    expect(await Promise.all(grouped)).toEqual([{ value: 'b' }, { error: 'cannot store bad' }, { value: 'c+d' }]);
    expect(writes).toEqual([[['a']], [['b'], ['bad'], ['c', 'd']], [['b']], [['bad']], [['c', 'd']]]);
  });
});
