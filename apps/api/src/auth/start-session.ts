import type { Clinic, Member, SessionToken } from '@medsys/domain';

import type { RequestContext } from '../trpc/context';

/** Issues a session for a member, sets it as the HttpOnly cookie, and returns its token. */
export async function startSession(
  ctx: RequestContext,
  input: { clinic: Clinic; member: Member },
): Promise<SessionToken> {
  const { token, expiresAt } = await ctx.sessions.issue({
    accountId: input.member.id,
    clinicId: input.clinic.id,
    userAgent: ctx.userAgent,
  });

  ctx.setCookie(ctx.sessions.sessionCookie(token));
  ctx.ids.clinicId = input.clinic.id;
  ctx.ids.memberId = input.member.id;

  return { token, expiresAt, member: input.member, clinic: input.clinic };
}
