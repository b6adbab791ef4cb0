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
 * their own, and a restart clears them.
 */
export class SignInLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Counts an attempt before its password is checked, so parallel guesses cannot all slip in
   * under the limit. Returns false, counting nothing, when the email is already blocked.
   */
  tryAttempt(email: string): boolean {
    const recent = this.recentAttempts(email);

    if (recent.length >= MAX_FAILED_SIGN_INS) {
      return false;
    }

    recent.push(this.now());
    this.attempts.delete(email);
    this.attempts.set(email, recent);
    this.forgetOldestBeyondLimit();

    return true;
  }

  /**
   * Takes back one counted attempt after a successful sign-in. Only that attempt: a success on one
   * clinic's account must not wipe out the failures against another account of the same email.
   */
  withdrawAttempt(email: string): void {
    const recent = this.recentAttempts(email);
    recent.pop();
    this.attempts.set(email, recent);
  }

  private forgetOldestBeyondLimit(): void {
    if (this.attempts.size > MAX_TRACKED_EMAILS) {
      const oldest = this.attempts.keys().next().value;

      if (oldest !== undefined) {
        this.attempts.delete(oldest);
      }
    }
  }

  private recentAttempts(email: string): number[] {
    const since = this.now() - SIGN_IN_WINDOW_MS;

    return (this.attempts.get(email) ?? []).filter((time) => time > since);
  }
}
