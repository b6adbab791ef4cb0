import {
  changeAppointmentStatus,
  createAppointment,
  getAppointment,
  listAppointments,
  rescheduleAppointment,
} from '@medsys/db';
import {
  appointmentPageSchema,
  appointmentSchema,
  byIdSchema,
  cancelAppointmentInput,
  createAppointmentInput,
  listAppointmentsInput,
  rescheduleAppointmentInput,
  type StatusChange,
} from '@medsys/domain';

import { authorize, memberProcedure, router } from '../trpc/procedures';

/** Builds a procedure that moves an appointment to `status`. Doctors may move only their own. */
function statusChangeProcedure(status: Exclude<StatusChange, 'cancelled'>) {
  return memberProcedure
    .input(byIdSchema)
    .output(appointmentSchema)
    .mutation(async ({ ctx, input }) => {
      const appointment = await getAppointment(ctx.db, { clinicId: ctx.clinicId, id: input.id });
      authorize(ctx.member, 'write', 'appointments', appointment.doctorId === ctx.member.id);

      return changeAppointmentStatus(ctx.db, { clinicId: ctx.clinicId, id: input.id, status });
    });
}

export const appointmentsRouter = router({
  list: memberProcedure
    .input(listAppointmentsInput)
    .output(appointmentPageSchema)
    .query(({ ctx, input }) => {
      authorize(ctx.member, 'read', 'appointments');

      return listAppointments(ctx.db, { ...input, clinicId: ctx.clinicId });
    }),

  get: memberProcedure
    .input(byIdSchema)
    .output(appointmentSchema)
    .query(({ ctx, input }) => {
      authorize(ctx.member, 'read', 'appointments');

      return getAppointment(ctx.db, { clinicId: ctx.clinicId, id: input.id });
    }),

  create: memberProcedure
    .input(createAppointmentInput)
    .output(appointmentSchema)
    .mutation(({ ctx, input }) => {
      authorize(ctx.member, 'write', 'appointments', input.doctorId === ctx.member.id);

      return createAppointment(ctx.db, {
        clinicId: ctx.clinicId,
        createdBy: ctx.member.id,
        values: input,
      });
    }),

  reschedule: memberProcedure
    .input(rescheduleAppointmentInput)
    .output(appointmentSchema)
    .mutation(async ({ ctx, input }) => {
      const appointment = await getAppointment(ctx.db, { clinicId: ctx.clinicId, id: input.id });
      const doctorId = input.doctorId ?? appointment.doctorId;
      const isOwn = appointment.doctorId === ctx.member.id && doctorId === ctx.member.id;
      authorize(ctx.member, 'write', 'appointments', isOwn);

      return rescheduleAppointment(ctx.db, { clinicId: ctx.clinicId, values: input });
    }),

  arrive: statusChangeProcedure('arrived'),

  complete: statusChangeProcedure('completed'),

  markNoShow: statusChangeProcedure('no_show'),

  cancel: memberProcedure
    .input(cancelAppointmentInput)
    .output(appointmentSchema)
    .mutation(async ({ ctx, input }) => {
      const appointment = await getAppointment(ctx.db, { clinicId: ctx.clinicId, id: input.id });
      authorize(ctx.member, 'write', 'appointments', appointment.doctorId === ctx.member.id);

      return changeAppointmentStatus(ctx.db, {
        clinicId: ctx.clinicId,
        id: input.id,
        status: 'cancelled',
        cancelReason: input.reason,
      });
    }),
});
