import {
  getAppointment,
  getSessionResult,
  getSessionResultByAppointment,
  listSessionResults,
  recordSessionResult,
  totalSessionResults,
  updateClinicalPart,
  updatePaymentPart,
} from '@medsys/db';
import {
  byAppointmentIdSchema,
  byIdSchema,
  listSessionResultsInput,
  recordSessionResultInput,
  sessionResultPageSchema,
  sessionResultSchema,
  sessionResultTotalsInput,
  sessionResultTotalsSchema,
  updateClinicalInput,
  updatePaymentInput,
} from '@medsys/domain';
import { authorize, memberProcedure, router } from '../trpc/procedures';

export const sessionResultsRouter = router({
  list: memberProcedure
    .input(listSessionResultsInput)
    .output(sessionResultPageSchema)
    .query(({ ctx, input }) => {
      authorize(ctx.member, 'read', 'clinicalResults');

      return listSessionResults(ctx.db, { ...input, clinicId: ctx.clinicId });
    }),

  totals: memberProcedure
    .input(sessionResultTotalsInput)
    .output(sessionResultTotalsSchema)
    .query(({ ctx, input }) => {
      authorize(ctx.member, 'read', 'paymentResults');

      return totalSessionResults(ctx.db, { ...input, clinicId: ctx.clinicId });
    }),

  get: memberProcedure
    .input(byIdSchema)
    .output(sessionResultSchema)
    .query(({ ctx, input }) => {
      authorize(ctx.member, 'read', 'clinicalResults');

      return getSessionResult(ctx.db, { clinicId: ctx.clinicId, id: input.id });
    }),

  getByAppointment: memberProcedure
    .input(byAppointmentIdSchema)
    .output(sessionResultSchema)
    .query(({ ctx, input }) => {
      authorize(ctx.member, 'read', 'clinicalResults');

      return getSessionResultByAppointment(ctx.db, {
        clinicId: ctx.clinicId,
        appointmentId: input.appointmentId,
      });
    }),

  /** The appointment's doctor alone writes the clinical part, and staff and admins the payment. */
  record: memberProcedure
    .input(recordSessionResultInput)
    .output(sessionResultSchema)
    .mutation(async ({ ctx, input }) => {
      const appointment = await getAppointment(ctx.db, {
        clinicId: ctx.clinicId,
        id: input.appointmentId,
      });

      if (input.clinical) {
        authorize(ctx.member, 'write', 'clinicalResults', appointment.doctorId === ctx.member.id);
      }

      if (input.payment) {
        authorize(ctx.member, 'write', 'paymentResults');
      }

      return recordSessionResult(ctx.db, {
        clinicId: ctx.clinicId,
        recordedBy: ctx.member.id,
        values: input,
      });
    }),

  updateClinical: memberProcedure
    .input(updateClinicalInput)
    .output(sessionResultSchema)
    .mutation(async ({ ctx, input }) => {
      const result = await getSessionResult(ctx.db, { clinicId: ctx.clinicId, id: input.id });
      authorize(ctx.member, 'write', 'clinicalResults', result.doctorId === ctx.member.id);

      return updateClinicalPart(ctx.db, { clinicId: ctx.clinicId, values: input });
    }),

  updatePayment: memberProcedure
    .input(updatePaymentInput)
    .output(sessionResultSchema)
    .mutation(async ({ ctx, input }) => {
      await getSessionResult(ctx.db, { clinicId: ctx.clinicId, id: input.id });
      authorize(ctx.member, 'write', 'paymentResults');

      return updatePaymentPart(ctx.db, { clinicId: ctx.clinicId, values: input });
    }),
});
