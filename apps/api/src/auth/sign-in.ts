import {
  getClinic,
  getMember,
  MAX_ACCOUNTS_PER_SIGN_IN,
  normalizeEmail,
  unsafeFindAccountsByEmail,
  withClinic,
  type AccountCredentials,
} from '@medsys/db';
import { AppError, type SessionToken, type SignInInput } from '@medsys/domain';

import type { RequestContext } from '../trpc/context';
import { spendVerificationTime, verifyPassword } from './passwords';
import { startSession } from './start-session';

const WRONG_CREDENTIALS = 'the email or the password is wrong';

/**
 * Checks an email and password and starts a session; a wrong password and an unknown email read
 * the same. An email may belong to members of several clinics, each with their own password.
 */
export async function signIn(ctx: RequestContext, input: SignInInput): Promise<SessionToken> {
  const limitKey = normalizeEmail(input.email);

  if (!ctx.signInLimiter.tryAttempt(limitKey)) {
    throw new AppError(
      'TOO_MANY_REQUESTS',
      'too many failed sign-ins for this email; wait 15 minutes',
    );
  }

  const accounts = await unsafeFindAccountsByEmail(ctx.db, {
    email: input.email,
    clinicId: input.clinicId,
  });
  const matching = await findMatchingAccounts(accounts, input.password);
  const account = await chooseAccount(ctx, matching, input.clinicId);
  ctx.signInLimiter.withdrawAttempt(limitKey);

  const { clinic, member } = await withClinic(ctx.db, account.clinicId, async (trx) => ({
    clinic: await getClinic(trx, { clinicId: account.clinicId }),
    member: await getMember(trx, { clinicId: account.clinicId, id: account.id }),
  }));

  if (member.archivedAt !== null) {
    throw new AppError(
      'UNAUTHORIZED',
      'your membership of this clinic is archived; ask an admin to restore it',
    );
  }

  return startSession(ctx, { clinic, member });
}

/**
 * Checks the password against each account, and always spends MAX_ACCOUNTS_PER_SIGN_IN
 * verifications in all, so the response time does not tell how many clinics an email is in.
 */
async function findMatchingAccounts(
  accounts: AccountCredentials[],
  password: string,
): Promise<AccountCredentials[]> {
  const matching: AccountCredentials[] = [];

  for (const account of accounts) {
    if (await verifyPassword(account.passwordHash, password)) {
      matching.push(account);
    }
  }

  for (let spent = accounts.length; spent < MAX_ACCOUNTS_PER_SIGN_IN; spent += 1) {
    await spendVerificationTime(password);
  }

  return matching;
}

/**
 * Picks the account to sign in to. When the password opens accounts in several clinics and no
 * clinic was chosen, the error lists those clinics, which the person has just proven to know.
 */
async function chooseAccount(
  ctx: RequestContext,
  matching: AccountCredentials[],
  clinicId: string | undefined,
): Promise<AccountCredentials> {
  const chosen = clinicId ? matching.filter((account) => account.clinicId === clinicId) : matching;
  const [first] = chosen;

  if (!first) {
    throw new AppError('UNAUTHORIZED', WRONG_CREDENTIALS);
  }

  if (chosen.length === 1) {
    return first;
  }

  const clinics = await Promise.all(
    chosen.map(({ clinicId: id }) =>
      withClinic(ctx.db, id, async (trx) => {
        const { name } = await getClinic(trx, { clinicId: id });

        return { id, name };
      }),
    ),
  );
  const message = 'this email and password open several clinics; send the clinicId of one';

  throw new AppError('BAD_REQUEST', `clinicId: ${message}`, {
    fieldErrors: { clinicId: [message] },
    context: { clinics: JSON.stringify(clinics) },
  });
}
