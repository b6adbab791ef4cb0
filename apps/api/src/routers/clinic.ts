import { getClinic, updateClinic } from '@medsys/db';
import { clinicSchema, updateClinicInput } from '@medsys/domain';

import { authorize, memberProcedure, router } from '../trpc/procedures';

export const clinicRouter = router({
  get: memberProcedure.output(clinicSchema).query(({ ctx }) => {
    authorize(ctx.member, 'read', 'clinicSettings');

    return getClinic(ctx.db, { clinicId: ctx.clinicId });
  }),

  update: memberProcedure
    .input(updateClinicInput)
    .output(clinicSchema)
    .mutation(({ ctx, input }) => {
      authorize(ctx.member, 'write', 'clinicSettings');

      return updateClinic(ctx.db, { clinicId: ctx.clinicId, values: input });
    }),
});
