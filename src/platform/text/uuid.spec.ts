import { describe, expect, it } from 'vitest';
import { isUuid } from './uuid';

describe('isUuid', () => {
  it.each([
    ['3f2a1c9e-8b7d-4e6f-a5b4-c3d2e1f0a9b8', true],
    ['3F2A1C9E-8B7D-4E6F-A5B4-C3D2E1F0A9B8', true],
    ['3f2a1c9e8b7d4e6fa5b4c3d2e1f0a9b8', false],
    ['3f2a1c9e-8b7d-4e6f-a5b4-c3d2e1f0a9b8 ', false],
    ['not-a-uuid', false],
    ['', false],
    [42, false],
    [undefined, false],
  ])('%j → %s', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });
});
