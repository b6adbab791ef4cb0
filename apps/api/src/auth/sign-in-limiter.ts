/** Failed sign-ins allowed per email within the window before further attempts are rejected. */
export const MAX_FAILED_SIGN_INS = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

// Bounds the memory an attacker can fill by trying many emails; the oldest entries go first.
const MAX_TRACKED_EMAILS = 50_000;

/**
 * Counts failed sign-ins per email in memory. Unknown emails count the same as known ones, so the
 * limit reveals nothing about which emails exist.
 *
 * NOTE: the counts live in one server process; several processes behind a balancer each keep
 * their own, and a restart forgets them.
 */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  isBlocked(email: string): boolean {
    return this.recentFailures(email).length >= MAX_FAILED_SIGN_INS;
  }

  recordFailure(email: string): void {
    const recent = this.recentFailures(email);
    recent.push(this.now());
    this.failures.delete(email);
    this.failures.set(email, recent);

    if (this.failures.size > MAX_TRACKED_EMAILS) {
      const oldest = this.failures.keys().next().value;

      if (oldest !== undefined) {
        this.failures.delete(oldest);
      }
    }
  }

  recordSuccess(email: string): void {
    this.failures.delete(email);
  }

  private recentFailures(email: string): number[] {
    const since = this.now() - SIGN_IN_WINDOW_MS;

    return (this.failures.get(email) ?? []).filter((time) => time > since);
  }
}
