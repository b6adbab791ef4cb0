import type { Appointment, Member } from '@medsys/domain';
import type { ScheduleEventData } from '@mantine/schedule';

import { STATUS_COLORS, STATUS_LABELS } from '../../components/appointment-status';
import { wallTimeOf } from '../../lib/clinic-time';

/**
 * Turns appointments into schedule entries placed on the clinic's wall clock, so the grid shows
 * the clinic's hours whatever the browser's zone.
 */
export function toScheduleEvents(
  appointments: readonly Appointment[],
  options: {
    timeZone: string;
    clientNames: ReadonlyMap<string, string>;
    doctors: ReadonlyMap<string, Member>;
    isDoctorShown: boolean;
  },
): ScheduleEventData[] {
  return appointments.map((appointment) => {
    const client = options.clientNames.get(appointment.clientId) ?? 'Client';
    const doctor = options.doctors.get(appointment.doctorId)?.fullName;
    const parts = [client, options.isDoctorShown ? doctor : undefined];
    const isLive = appointment.status !== 'cancelled' && appointment.status !== 'no_show';

    return {
      id: appointment.id,
      title: `${parts.filter(Boolean).join(' · ')} (${STATUS_LABELS[appointment.status]})`,
      start: wallTimeOf(appointment.startsAt, options.timeZone),
      end: wallTimeOf(appointment.endsAt, options.timeZone),
      color: STATUS_COLORS[appointment.status],
      variant: isLive ? 'filled' : 'light',
      payload: { appointment },
    };
  });
}
