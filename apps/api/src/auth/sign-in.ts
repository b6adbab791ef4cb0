import { getClinic, getMember, unsafeFindAccountByEmail, withClinic } from '@medsys/db';
import { AppError, type SignInInput, type SessionToken } from '@medsys/domain';

import type { RequestContext } from '../trpc/context';
import { spendVerificationTime, verifyPassword } from './passwords';
import { startSession } from './start-session';

const WRONG_CREDENTIALS = 'the email or the password is wrong';

/** Checks an email and password and starts a session; both wrong cases read the same. */
export async function signIn(ctx: RequestContext, input: SignInInput): Promise<SessionToken> {
  const account = await unsafeFindAccountByEmail(ctx.db, input.email);

  if (!account) {
    await spendVerificationTime(input.password);
    throw new AppError('UNAUTHORIZED', WRONG_CREDENTIALS);
  }

  if (!(await verifyPassword(account.passwordHash, input.password))) {
    throw new AppError('UNAUTHORIZED', WRONG_CREDENTIALS, { detail: { accountId: account.id } });
  }

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
