import {
  createDepartment,
  deleteDepartment,
  getDepartment,
  listDepartments,
  updateDepartment,
} from '@medsys/db';
import {
  byIdSchema,
  createDepartmentInput,
  departmentPageSchema,
  departmentSchema,
  listDepartmentsInput,
  updateDepartmentInput,
} from '@medsys/domain';

import { authorize, memberProcedure, router } from '../trpc/procedures';

export const departmentsRouter = router({
  list: memberProcedure
    .input(listDepartmentsInput)
    .output(departmentPageSchema)
    .query(({ ctx, input }) => {
      authorize(ctx.member, 'read', 'departments');

      return listDepartments(ctx.db, { ...input, clinicId: ctx.clinicId });
    }),

  get: memberProcedure
    .input(byIdSchema)
    .output(departmentSchema)
    .query(({ ctx, input }) => {
      authorize(ctx.member, 'read', 'departments');

      return getDepartment(ctx.db, { clinicId: ctx.clinicId, id: input.id });
    }),

  create: memberProcedure
    .input(createDepartmentInput)
    .output(departmentSchema)
    .mutation(({ ctx, input }) => {
      authorize(ctx.member, 'write', 'departments');

      return createDepartment(ctx.db, { clinicId: ctx.clinicId, values: input });
    }),

  update: memberProcedure
    .input(updateDepartmentInput)
    .output(departmentSchema)
    .mutation(({ ctx, input }) => {
      authorize(ctx.member, 'write', 'departments');

      return updateDepartment(ctx.db, { clinicId: ctx.clinicId, values: input });
    }),

  delete: memberProcedure
    .input(byIdSchema)
    .output(departmentSchema)
    .mutation(({ ctx, input }) => {
      authorize(ctx.member, 'write', 'departments');

      return deleteDepartment(ctx.db, { clinicId: ctx.clinicId, id: input.id });
    }),
});
