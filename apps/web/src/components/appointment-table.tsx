import { Table, Text } from '@mantine/core';
import type { Appointment, Member } from '@medsys/domain';

import { formatTime } from '../lib/clinic-time';
import { AppointmentActions } from './appointment-actions';
import { StatusBadge } from './appointment-status';
import { AnchorLink } from './links';

type AppointmentTableProps = {
  appointments: readonly Appointment[];
  timeZone: string;
  clientNames: ReadonlyMap<string, string>;
  doctors: ReadonlyMap<string, Member>;
  isDoctorShown: boolean;
  /** Whether the member may change this appointment's status. */
  canWrite: (appointment: Appointment) => boolean;
  onCancel: (appointment: Appointment, description: string) => void;
};

/** Lists a day's appointments on the clinic's clock, with their one-click status changes. */
export function AppointmentTable(props: AppointmentTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Time</Table.Th>
            <Table.Th scope="col">Client</Table.Th>
            {props.isDoctorShown && <Table.Th scope="col">Doctor</Table.Th>}
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.appointments.map((appointment) => {
            const clientName = props.clientNames.get(appointment.clientId) ?? 'Client';
            const time = `${formatTime(appointment.startsAt, props.timeZone)}–${formatTime(appointment.endsAt, props.timeZone)}`;
            const description = `${clientName} at ${formatTime(appointment.startsAt, props.timeZone)}`;

            return (
              <Table.Tr key={appointment.id} data-testid="appointment-row">
                <Table.Td>
                  <AnchorLink
                    to="/appointments/$appointmentId"
                    params={{ appointmentId: appointment.id }}
                    ff="monospace"
                  >
                    {time}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  <AnchorLink to="/clients/$clientId" params={{ clientId: appointment.clientId }}>
                    {clientName}
                  </AnchorLink>
                </Table.Td>
                {props.isDoctorShown && (
                  <Table.Td>
                    <Text size="sm">
                      {props.doctors.get(appointment.doctorId)?.fullName ?? '—'}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td>
                  <StatusBadge status={appointment.status} />
                </Table.Td>
                <Table.Td>
                  {props.canWrite(appointment) && (
                    <AppointmentActions
                      appointment={appointment}
                      description={description}
                      onCancel={() => {
                        props.onCancel(appointment, description);
                      }}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
