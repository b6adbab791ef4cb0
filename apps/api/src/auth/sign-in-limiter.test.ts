import { describe, expect, it } from 'vitest';

import { MAX_FAILED_SIGN_INS, SIGN_IN_WINDOW_MS, SignInLimiter } from './sign-in-limiter';

describe('SignInLimiter', () => {
  it('blocks an email after too many failures', () => {
    const limiter = new SignInLimiter(() => 1_000);

    for (let attempt = 1; attempt < MAX_FAILED_SIGN_INS; attempt += 1) {
      limiter.recordFailure('a@example.test');
    }
    expect(limiter.isBlocked('a@example.test')).toBe(false);

    limiter.recordFailure('a@example.test');
    expect(limiter.isBlocked('a@example.test')).toBe(true);
    expect(limiter.isBlocked('b@example.test')).toBe(false);
  });

  it('forgets failures older than the window', () => {
    let now = 0;
    const limiter = new SignInLimiter(() => now);

    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt += 1) {
      limiter.recordFailure('a@example.test');
    }
    now = SIGN_IN_WINDOW_MS + 1;

    expect(limiter.isBlocked('a@example.test')).toBe(false);
  });

  it('clears an email on success', () => {
    const limiter = new SignInLimiter(() => 0);

    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS - 1; attempt += 1) {
      limiter.recordFailure('a@example.test');
    }
    limiter.recordSuccess('a@example.test');
    limiter.recordFailure('a@example.test');

    expect(limiter.isBlocked('a@example.test')).toBe(false);
  });
});
