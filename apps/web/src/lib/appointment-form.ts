import type {
  Appointment,
  CreateAppointmentInput,
  RescheduleAppointmentInput,
} from '@medsys/domain';

import { localDateIn, formatTime, zonedInstant } from './clinic-time';
import type { FieldNameMap, FormErrors, MappedInput } from './form-errors';

/** The booking form: a clinic-local date and wall-clock times, read in the clinic's zone. */
export type AppointmentFormValues = {
  clientId: string | null;
  doctorId: string | null;
  departmentId: string | null;
  date: string | null;
  startTime: string;
  endTime: string;
  notes: string;
};

/** Form fields that show the API's errors about the instants: the time inputs they come from. */
export const APPOINTMENT_FIELD_NAMES: FieldNameMap = {
  startsAt: 'startTime',
  endsAt: 'endTime',
};

function readTimes(
  values: AppointmentFormValues,
  timeZone: string,
): { startsAt: string | null; endsAt: string | null; errors: FormErrors } {
  const errors: FormErrors = {};

  if (values.date === null || values.date === '') {
    errors.date = 'must not be empty';

    return { startsAt: null, endsAt: null, errors };
  }

  const start = zonedInstant(values.date, values.startTime, timeZone);
  const end = zonedInstant(values.date, values.endTime, timeZone);

  if (!start.ok) {
    errors.startTime = start.message;
  }

  if (!end.ok) {
    errors.endTime = end.message;
  }

  return {
    startsAt: start.ok ? start.instant : null,
    endsAt: end.ok ? end.instant : null,
    errors,
  };
}

/**
 * Maps the booking form to `appointments.create` input. Times are read in the clinic's zone and
 * sent with its UTC offset; a blank department leaves the doctor's home department to the API.
 */
export function toCreateAppointmentInput(
  values: AppointmentFormValues,
  timeZone: string,
): MappedInput<CreateAppointmentInput> {
  const { startsAt, endsAt, errors } = readTimes(values, timeZone);
  const input = {
    clientId: values.clientId,
    doctorId: values.doctorId,
    ...(values.departmentId ? { departmentId: values.departmentId } : {}),
    startsAt,
    endsAt,
    notes: values.notes,
  };

  // Missing ids and times stay null so that the schema check names the field.
  return { input: input as CreateAppointmentInput, errors };
}

export function toRescheduleAppointmentInput(
  id: string,
  values: AppointmentFormValues,
  timeZone: string,
): MappedInput<RescheduleAppointmentInput> {
  const { startsAt, endsAt, errors } = readTimes(values, timeZone);
  const input = {
    id,
    startsAt,
    endsAt,
    ...(values.doctorId ? { doctorId: values.doctorId } : {}),
    ...(values.departmentId ? { departmentId: values.departmentId } : {}),
  };

  return { input: input as RescheduleAppointmentInput, errors };
}

/** Fills the form from a stored appointment, on the clinic's clock. */
export function appointmentFormValuesOf(
  appointment: Appointment,
  timeZone: string,
): AppointmentFormValues {
  return {
    clientId: appointment.clientId,
    doctorId: appointment.doctorId,
    departmentId: appointment.departmentId,
    date: localDateIn(appointment.startsAt, timeZone),
    startTime: formatTime(appointment.startsAt, timeZone),
    endTime: formatTime(appointment.endsAt, timeZone),
    notes: appointment.notes ?? '',
  };
}

/** Adds minutes to a wall-clock time 'HH:mm', stopping at 23:59 on the same day. */
export function addMinutesToTime(time: string, minutes: number): string {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const total = Math.min(hours * 60 + mins + minutes, 23 * 60 + 59);

  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
