import { describe, expect, it } from 'vitest';

import { createRandom } from './random';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createRandom', () => {
  it('repeats the sequence for the same seed', () => {
    const first = createRandom(42);
    const second = createRandom(42);
    const values = Array.from({ length: 5 }, () => first.next());

    expect(Array.from({ length: 5 }, () => second.next())).toEqual(values);
    expect(new Set(values).size).toBe(5);
  });

  it('gives another sequence for another seed', () => {
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  it('keeps floats in [0, 1)', () => {
    const random = createRandom(7);
    const values = Array.from({ length: 10_000 }, () => random.next());

    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it('draws integers with both bounds included', () => {
    const random = createRandom(3);
    const seen = new Set<number>();

    for (let draw = 0; draw < 1_000; draw += 1) {
      seen.add(random.integer(1, 3));
    }

    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it('makes distinct version 4 UUIDs', () => {
    const random = createRandom(9);
    const ids = Array.from({ length: 1_000 }, () => random.uuid());

    for (const id of ids) {
      expect(id).toMatch(UUID_V4);
    }
    expect(new Set(ids).size).toBe(1_000);
  });

  it('rejects picking from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow('cannot pick from an empty list');
  });
});
