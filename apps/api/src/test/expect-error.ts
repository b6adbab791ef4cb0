import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';

type ExpectedError = {
  code: TRPCError['code'];
  /** Text the message must contain. */
  message?: string;
};

/** Awaits a call that must fail, checks its code and message, and returns the error. */
export async function expectTRPCError(
  call: Promise<unknown>,
  expected: ExpectedError,
): Promise<TRPCError> {
  const error = await call.then(
    () => undefined,
    (failure: unknown) => failure,
  );

  expect(error, 'the call should have failed').toBeInstanceOf(TRPCError);
  const trpcError = error as TRPCError;
  expect(trpcError.code).toBe(expected.code);

  if (expected.message !== undefined) {
    expect(trpcError.message).toContain(expected.message);
  }

  return trpcError;
}
