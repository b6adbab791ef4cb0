import { z } from 'zod';

import {
  byIdSchema,
  idSchema,
  instantOutput,
  instantSchema,
  optionalText,
  pageInputSchema,
  pageOf,
  requiredText,
} from './common';

export const APPOINTMENT_STATUSES = [
  'scheduled',
  'arrived',
  'completed',
  'cancelled',
  'no_show',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Statuses that block the doctor's and the client's time, so no booking may overlap them. */
export const LIVE_APPOINTMENT_STATUSES = [
  'scheduled',
  'arrived',
  'completed',
] as const satisfies readonly AppointmentStatus[];

/** The status changes after booking, each with the statuses it may start from. */
export const STATUS_CHANGES = {
  arrived: ['scheduled'],
  completed: ['scheduled', 'arrived'],
  cancelled: ['scheduled', 'arrived'],
  no_show: ['scheduled', 'arrived'],
} as const satisfies Partial<Record<AppointmentStatus, readonly AppointmentStatus[]>>;
export type StatusChange = keyof typeof STATUS_CHANGES;

/** The maximum length of one appointment, also checked by the database. */
export const MAX_APPOINTMENT_HOURS = 8;

export const appointmentStatusSchema = z.enum(APPOINTMENT_STATUSES, {
  error: `must be one of ${APPOINTMENT_STATUSES.join(', ')}`,
});

export const appointmentSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  doctorId: idSchema,
  departmentId: idSchema,
  startsAt: instantOutput,
  endsAt: instantOutput,
  status: appointmentStatusSchema,
  cancelReason: z.string().nullable(),
  notes: z.string().nullable(),
  createdBy: idSchema,
  createdAt: instantOutput,
  updatedAt: instantOutput,
});
export type Appointment = z.infer<typeof appointmentSchema>;

type AppointmentTimes = { startsAt: string; endsAt: string };

/** Checks that the end comes after the start and the appointment fits in the maximum length. */
function checkAppointmentTimes(context: z.core.ParsePayload<AppointmentTimes>): void {
  // A field that failed its own check has no reliable value to compare.
  if (context.issues.length > 0) {
    return;
  }

  const { startsAt, endsAt } = context.value;
  const lengthMs = Date.parse(endsAt) - Date.parse(startsAt);

  if (lengthMs <= 0) {
    context.issues.push({
      code: 'custom',
      path: ['endsAt'],
      message: `${endsAt} is not after startsAt ${startsAt}`,
      input: endsAt,
    });
  } else if (lengthMs > MAX_APPOINTMENT_HOURS * 60 * 60 * 1000) {
    context.issues.push({
      code: 'custom',
      path: ['endsAt'],
      message: `${endsAt} is more than ${MAX_APPOINTMENT_HOURS} hours after startsAt ${startsAt}`,
      input: endsAt,
    });
  }
}

export const createAppointmentInput = z
  .object({
    clientId: idSchema,
    doctorId: idSchema,
    /** Defaults to the doctor's home department. */
    departmentId: idSchema.optional(),
    startsAt: instantSchema,
    endsAt: instantSchema,
    notes: optionalText(2000),
  })
  .check(checkAppointmentTimes);
export type CreateAppointmentInput = z.infer<typeof createAppointmentInput>;

/** New times, and optionally another doctor or department. The client stays the same. */
export const rescheduleAppointmentInput = byIdSchema
  .extend({
    startsAt: instantSchema,
    endsAt: instantSchema,
    doctorId: idSchema.optional(),
    departmentId: idSchema.optional(),
  })
  .check(checkAppointmentTimes);
export type RescheduleAppointmentInput = z.infer<typeof rescheduleAppointmentInput>;

export const cancelAppointmentInput = byIdSchema.extend({ reason: requiredText(500) });
export type CancelAppointmentInput = z.infer<typeof cancelAppointmentInput>;

/** Rejects a period whose end is not after its start, which would select nothing. */
export function checkPeriod(context: z.core.ParsePayload<{ from?: string; to?: string }>): void {
  if (context.issues.length > 0) {
    return;
  }

  const { from, to } = context.value;

  if (from !== undefined && to !== undefined && Date.parse(to) <= Date.parse(from)) {
    context.issues.push({
      code: 'custom',
      path: ['to'],
      message: `${to} is not after from ${from}`,
      input: to,
    });
  }
}

/** Filters of the appointment list. `from` and `to` select the starts in [from, to). */
export const listAppointmentsInput = pageInputSchema
  .extend({
    doctorId: idSchema.optional(),
    clientId: idSchema.optional(),
    departmentId: idSchema.optional(),
    status: z
      .union([
        appointmentStatusSchema,
        z.array(appointmentStatusSchema).min(1, { error: 'must name at least one status' }),
      ])
      .optional(),
    from: instantSchema.optional(),
    to: instantSchema.optional(),
  })
  .check(checkPeriod);
export type ListAppointmentsInput = z.infer<typeof listAppointmentsInput>;

export const appointmentPageSchema = pageOf(appointmentSchema);
