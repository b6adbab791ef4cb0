import { getClinic } from '@medsys/db';
import {
  acceptInvitationInput,
  authSessionSchema,
  notFound,
  revokeSessionInput,
  sessionTokenSchema,
  signInInput,
  signUpClinicInput,
  whoAmISchema,
} from '@medsys/domain';
import { z } from 'zod';

import { signIn } from '../auth/sign-in';
import { acceptInvitation, signUpClinic } from '../auth/sign-up';
import { authedProcedure, memberProcedure, publicProcedure, router } from '../trpc/procedures';

export const authRouter = router({
  signUpClinic: publicProcedure
    .input(signUpClinicInput)
    .output(sessionTokenSchema)
    .mutation(({ ctx, input }) => signUpClinic(ctx, input)),

  acceptInvitation: publicProcedure
    .input(acceptInvitationInput)
    .output(sessionTokenSchema)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),

  signIn: publicProcedure
    .input(signInInput)
    .output(sessionTokenSchema)
    .mutation(({ ctx, input }) => signIn(ctx, input)),

  signOut: authedProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    await ctx.sessions.revoke({ accountId: ctx.session.accountId, sessionId: ctx.session.id });
    ctx.setCookie(ctx.sessions.blankSessionCookie());

    return { ok: true as const };
  }),

  me: memberProcedure.output(whoAmISchema).query(async ({ ctx }) => ({
    member: ctx.member,
    clinic: await getClinic(ctx.db, { clinicId: ctx.clinicId }),
  })),

  listSessions: authedProcedure.output(z.array(authSessionSchema)).query(async ({ ctx }) => {
    const sessions = await ctx.sessions.list(ctx.session.accountId);

    return sessions.map((session) => ({ ...session, isCurrent: session.id === ctx.session.id }));
  }),

  revokeSession: authedProcedure
    .input(revokeSessionInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const isRevoked = await ctx.sessions.revoke({
        accountId: ctx.session.accountId,
        sessionId: input.id,
      });

      if (!isRevoked) {
        throw notFound('session');
      }

      return { ok: true as const };
    }),

  revokeAllSessions: authedProcedure
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx }) => {
      await ctx.sessions.revokeAll(ctx.session.accountId);
      ctx.setCookie(ctx.sessions.blankSessionCookie());

      return { ok: true as const };
    }),
});
