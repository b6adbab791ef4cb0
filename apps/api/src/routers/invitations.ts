import { createInvitation, listInvitations, revokeInvitation } from '@medsys/db';
import {
  byIdSchema,
  createInvitationInput,
  invitationSchema,
  issuedInvitationSchema,
  pageInputSchema,
  pageOf,
} from '@medsys/domain';
import { z } from 'zod';

import { generateSecret, hashSecret } from '../auth/tokens';
import { authorize, memberProcedure, router } from '../trpc/procedures';

const DAY_MS = 24 * 60 * 60 * 1000;

export const invitationsRouter = router({
  list: memberProcedure
    .input(pageInputSchema.extend({ isOpen: z.boolean().optional() }))
    .output(pageOf(invitationSchema))
    .query(({ ctx, input }) => {
      authorize(ctx.member, 'read', 'invitations');

      return listInvitations(ctx.db, { ...input, clinicId: ctx.clinicId });
    }),

  create: memberProcedure
    .input(createInvitationInput)
    .output(issuedInvitationSchema)
    .mutation(async ({ ctx, input }) => {
      authorize(ctx.member, 'write', 'invitations');
      const code = generateSecret();
      const invitation = await createInvitation(ctx.db, {
        clinicId: ctx.clinicId,
        email: input.email,
        role: input.role,
        codeHash: hashSecret(code),
        invitedBy: ctx.member.id,
        expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS).toISOString(),
      });

      return { invitation, code };
    }),

  revoke: memberProcedure
    .input(byIdSchema)
    .output(invitationSchema)
    .mutation(({ ctx, input }) => {
      authorize(ctx.member, 'write', 'invitations');

      return revokeInvitation(ctx.db, { clinicId: ctx.clinicId, id: input.id });
    }),
});
