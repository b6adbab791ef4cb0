/**
 * Handler that the API layer calls on an UNAUTHORIZED response, so the router can send the user
 * back to sign-in. The router registers it at start-up.
 */
let onUnauthorized: (() => void) | null = null;

const SIGNED_IN_KEY = 'medsys.signedIn';

export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export function reportUnauthorized(): void {
  onUnauthorized?.();
}

/**
 * Remembers that this browser signed in, so a later UNAUTHORIZED reads as an expired session
 * rather than a first visit.
 */
export function markSignedIn(): void {
  window.localStorage.setItem(SIGNED_IN_KEY, '1');
}

export function markSignedOut(): void {
  window.localStorage.removeItem(SIGNED_IN_KEY);
}

export function wasSignedIn(): boolean {
  return window.localStorage.getItem(SIGNED_IN_KEY) === '1';
}
