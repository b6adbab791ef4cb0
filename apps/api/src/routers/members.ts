import { archiveMember, getMember, listMembers, setMemberArchived, updateMember } from '@medsys/db';
import {
  accessOf,
  byIdSchema,
  listMembersInput,
  memberPageSchema,
  memberSchema,
  notFound,
  updateMemberInput,
  type Role,
} from '@medsys/domain';

import { authorize, memberProcedure, router } from '../trpc/procedures';

const DOCTORS_AND_STAFF: readonly Role[] = ['doctor', 'staff'];

/** Returns the roles a member may see: all for admins (undefined), doctors and staff otherwise. */
function visibleRoles(role: Role): readonly Role[] | undefined {
  return accessOf(role, 'read', 'members') === 'all' ? undefined : DOCTORS_AND_STAFF;
}

export const membersRouter = router({
  list: memberProcedure
    .input(listMembersInput)
    .output(memberPageSchema)
    .query(({ ctx, input }) => {
      authorize(ctx.member, 'read', 'members');

      return listMembers(ctx.db, {
        ...input,
        clinicId: ctx.clinicId,
        roles: visibleRoles(ctx.member.role),
      });
    }),

  get: memberProcedure
    .input(byIdSchema)
    .output(memberSchema)
    .query(async ({ ctx, input }) => {
      authorize(ctx.member, 'read', 'members');
      const member = await getMember(ctx.db, { clinicId: ctx.clinicId, id: input.id });
      const roles = visibleRoles(ctx.member.role);

      if (roles && !roles.includes(member.role) && member.id !== ctx.member.id) {
        throw notFound('member');
      }

      return member;
    }),

  update: memberProcedure
    .input(updateMemberInput)
    .output(memberSchema)
    .mutation(({ ctx, input }) => {
      authorize(ctx.member, 'write', 'members');

      return updateMember(ctx.db, { clinicId: ctx.clinicId, values: input });
    }),

  archive: memberProcedure
    .input(byIdSchema)
    .output(memberSchema)
    .mutation(({ ctx, input }) => {
      authorize(ctx.member, 'write', 'members');

      return archiveMember(ctx.db, { clinicId: ctx.clinicId, id: input.id });
    }),

  restore: memberProcedure
    .input(byIdSchema)
    .output(memberSchema)
    .mutation(({ ctx, input }) => {
      authorize(ctx.member, 'write', 'members');

      return setMemberArchived(ctx.db, { clinicId: ctx.clinicId, id: input.id, isArchived: false });
    }),
});
