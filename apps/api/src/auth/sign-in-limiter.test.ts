import { describe, expect, it } from 'vitest';

import { MAX_FAILED_SIGN_INS, SIGN_IN_WINDOW_MS, SignInLimiter } from './sign-in-limiter';

describe('SignInLimiter', () => {
  it('blocks an email after too many attempts', () => {
    const limiter = new SignInLimiter(() => 1_000);

    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt += 1) {
      expect(limiter.tryAttempt('a@example.test')).toBe(true);
    }

    expect(limiter.tryAttempt('a@example.test')).toBe(false);
    expect(limiter.tryAttempt('b@example.test')).toBe(true);
  });

  it('forgets attempts older than the window', () => {
    let now = 0;
    const limiter = new SignInLimiter(() => now);

    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt += 1) {
      limiter.tryAttempt('a@example.test');
    }
    now = SIGN_IN_WINDOW_MS + 1;

    expect(limiter.tryAttempt('a@example.test')).toBe(true);
  });

  it('withdraws only the successful attempt', () => {
    const limiter = new SignInLimiter(() => 0);

    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS - 1; attempt += 1) {
      limiter.tryAttempt('a@example.test');
    }
    limiter.tryAttempt('a@example.test');
    limiter.withdrawAttempt('a@example.test');

    expect(limiter.tryAttempt('a@example.test')).toBe(true);
    expect(limiter.tryAttempt('a@example.test')).toBe(false);
  });
});
