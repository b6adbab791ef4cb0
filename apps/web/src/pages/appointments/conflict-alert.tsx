import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';

import { errorCodeOf, errorContextOf } from '../../api/errors';
import { trpc } from '../../api/trpc';
import { StatusBadge } from '../../components/appointment-status';
import { AnchorLink } from '../../components/links';
import { formatLongDateOf, formatTime } from '../../lib/clinic-time';
import { useSession } from '../../session/use-session';

type ConflictAlertProps = {
  error: unknown;
  /** The doctor of the booking, to tell whether the doctor or the client is busy. */
  doctorId: string | null;
};

/**
 * Names what is in the way of a booking: the appointment the API reported, on the clinic's
 * clock, with a link to it.
 */
export function ConflictAlert({ error, doctorId }: ConflictAlertProps) {
  const { clinic } = useSession();
  const isConflict = errorCodeOf(error) === 'CONFLICT';
  const conflictingId = isConflict ? errorContextOf(error).conflictingAppointmentId : undefined;
  const blocking = useQuery(
    trpc.appointments.get.queryOptions({ id: conflictingId ?? '' }, { enabled: !!conflictingId }),
  );
  const doctor = useQuery(
    trpc.members.get.queryOptions(
      { id: blocking.data?.doctorId ?? '' },
      { enabled: blocking.data !== undefined },
    ),
  );
  const client = useQuery(
    trpc.clients.get.queryOptions(
      { id: blocking.data?.clientId ?? '' },
      { enabled: blocking.data !== undefined },
    ),
  );

  if (!isConflict) {
    return null;
  }

  const appointment = blocking.data;

  if (!conflictingId || !appointment) {
    return (
      <Alert
        color="orange"
        title="This time is taken"
        icon={<IconAlertTriangle size={18} />}
        role="alert"
      >
        Another appointment is in the way. Pick another time.
      </Alert>
    );
  }

  const isDoctorBusy = appointment.doctorId === doctorId;
  const when = `${formatLongDateOf(appointment.startsAt, clinic.timeZone)}, ${formatTime(appointment.startsAt, clinic.timeZone)}–${formatTime(appointment.endsAt, clinic.timeZone)}`;

  return (
    <Alert
      color="orange"
      title={isDoctorBusy ? 'The doctor is busy at this time' : 'The client is busy at this time'}
      icon={<IconAlertTriangle size={18} />}
      role="alert"
      data-testid="conflict-alert"
    >
      <Text size="sm">
        {isDoctorBusy
          ? `${doctor.data?.fullName ?? 'The doctor'} sees ${client.data?.fullName ?? 'another client'}`
          : `${client.data?.fullName ?? 'The client'} sees ${doctor.data?.fullName ?? 'another doctor'}`}{' '}
        on {when}. <StatusBadge status={appointment.status} />
      </Text>
      <AnchorLink
        to="/appointments/$appointmentId"
        params={{ appointmentId: appointment.id }}
        size="sm"
      >
        Open the appointment in the way
      </AnchorLink>
    </Alert>
  );
}
