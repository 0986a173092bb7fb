import { describe, expect, it } from 'vitest';
import { outcomeUnknown, saysAlreadyExists } from './message-signals';

describe('saysAlreadyExists', () => {
  it.each<[string, string | undefined, boolean]>([
    ['A record already exists with this External ID: INV-77', undefined, true],
    ['Duplicate Document Number', undefined, true],
    ['Rejected', 'DUPLICATE_VALUE', true],
    ['Customer name has already been taken', undefined, true],
    ['The Item does not exist.', undefined, false],
    ['Too many requests', '429', false],
  ])('%s (%s): %s', (message, code, says) => {
    expect(saysAlreadyExists({ error: { message, code } })).toBe(says);
  });
});

describe('outcomeUnknown: a failed call that may have written all the same', () => {
  it.each<[{ httpStatus?: number; message?: string; code?: string }, boolean]>([
    [{ httpStatus: 504 }, true],
    [{ httpStatus: 500, message: 'An unexpected error occurred' }, true],
    [{ message: 'ESOCKETTIMEDOUT' }, true],
    [{ message: 'socket hang up' }, true],
    // refused before anything was written
    [{ httpStatus: 429, message: 'Too many requests' }, false],
    [{ message: 'connect ECONNREFUSED 10.0.0.5:443' }, false],
    [{ message: 'Lock wait timeout exceeded; try restarting transaction' }, false],
    [{ httpStatus: 400, message: 'Invalid email' }, false],
  ])('%j: %s', (failure, unknown) => {
    expect(outcomeUnknown(failure)).toBe(unknown);
  });
});
