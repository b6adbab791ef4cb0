/** A seeded pseudo-random number generator, so every run of the demo builds the same data. */
export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** A whole number from `min` to `max`, both inclusive. */
  integer: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** A version 4 UUID built from this source rather than from the system's randomness. */
  uuid: () => string;
};

/**
 * Creates a mulberry32 generator: 32 bits of state, fast, and good enough for test data. It is
 * not cryptographically secure.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;

  function nextUint32(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);

    return (mixed ^ (mixed >>> 14)) >>> 0;
  }

  function next(): number {
    return nextUint32() / 2 ** 32;
  }

  function integer(min: number, max: number): number {
    return min + Math.floor(next() * (max - min + 1));
  }

  function pick<T>(items: readonly T[]): T {
    const item = items[integer(0, items.length - 1)];

    if (item === undefined) {
      throw new Error('cannot pick from an empty list');
    }

    return item;
  }

  function uuid(): string {
    const hex = Array.from({ length: 4 }, () => nextUint32().toString(16).padStart(8, '0')).join(
      '',
    );
    const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);

    return [
      hex.slice(0, 8),
      hex.slice(8, 12),
      `4${hex.slice(13, 16)}`,
      `${variant}${hex.slice(17, 20)}`,
      hex.slice(20, 32),
    ].join('-');
  }

  return { next, integer, chance: (probability) => next() < probability, pick, uuid };
}
