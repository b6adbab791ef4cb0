import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Appointment } from '@medsys/domain';
import { useMemo, useState } from 'react';

import { useAllAppointments } from '../../api/appointments';
import { useClientNames, useDepartmentMap, useDoctorMap } from '../../api/lookups';
import { AppointmentTable } from '../../components/appointment-table';
import { CancelAppointmentModal } from '../../components/cancel-appointment-modal';
import { ButtonLink } from '../../components/links';
import { EmptyState, QueryState } from '../../components/query-state';
import { formatCalendarDate, localDaysRange, todayIn } from '../../lib/clinic-time';
import { useSession } from '../../session/use-session';

type CancelTarget = { id: string; description: string };

/** Groups appointments by department, keeping each group in time order. */
function groupByDepartment(appointments: readonly Appointment[]): Map<string, Appointment[]> {
  const groups = new Map<string, Appointment[]>();

  for (const appointment of appointments) {
    const group = groups.get(appointment.departmentId) ?? [];
    group.push(appointment);
    groups.set(appointment.departmentId, group);
  }

  return groups;
}

/**
 * Shows the day's work: a doctor gets their own appointments, staff and admins the whole
 * clinic's day grouped by department. "Today" is the clinic's date, whatever the browser's zone.
 */
export function TodayPage() {
  const { member, clinic, can } = useSession();
  const isDoctor = member.role === 'doctor';
  const today = todayIn(clinic.timeZone);
  const range = localDaysRange(today, 1, clinic.timeZone);
  const appointments = useAllAppointments({
    ...range,
    ...(isDoctor ? { doctorId: member.id } : {}),
  });
  const clientIds = useMemo(
    () => (appointments.data ?? []).map((appointment) => appointment.clientId),
    [appointments.data],
  );
  const clientNames = useClientNames(clientIds);
  const doctors = useDoctorMap();
  const departments = useDepartmentMap();
  const [cancelTarget, setCancelTarget] = useState<CancelTarget | null>(null);

  const tableProps = {
    timeZone: clinic.timeZone,
    clientNames,
    doctors,
    canWrite: (appointment: Appointment) =>
      can('write', 'appointments', appointment.doctorId === member.id),
    onCancel: (appointment: Appointment, description: string) => {
      setCancelTarget({ id: appointment.id, description });
    },
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{isDoctor ? 'My appointments today' : "Today's appointments"}</Title>
          <Text c="dimmed">{formatCalendarDate(today)}</Text>
        </div>
        <ButtonLink to="/calendar" search={{ view: 'day', date: today }}>
          Open calendar
        </ButtonLink>
      </Group>

      <QueryState query={appointments} label="today's appointments">
        {(items) => {
          if (items.length === 0) {
            return <EmptyState>No appointments today.</EmptyState>;
          }

          if (isDoctor) {
            return <AppointmentTable appointments={items} isDoctorShown={false} {...tableProps} />;
          }

          return [...groupByDepartment(items)].map(([departmentId, group]) => (
            <Paper key={departmentId} withBorder p="sm" component="section">
              <Title order={2} size="h4" mb="xs">
                {departments.get(departmentId)?.name ?? 'Department'}
              </Title>
              <AppointmentTable appointments={group} isDoctorShown {...tableProps} />
            </Paper>
          ));
        }}
      </QueryState>

      <CancelAppointmentModal
        appointmentId={cancelTarget?.id ?? null}
        description={cancelTarget ? `Cancel ${cancelTarget.description}.` : ''}
        onClose={() => {
          setCancelTarget(null);
        }}
      />
    </Stack>
  );
}
