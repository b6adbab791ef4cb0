import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Appointment } from '@medsys/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';

import { errorCodeOf } from '../../api/errors';
import { trpc } from '../../api/trpc';
import { AppointmentActions } from '../../components/appointment-actions';
import { StatusBadge } from '../../components/appointment-status';
import { CancelAppointmentModal } from '../../components/cancel-appointment-modal';
import { AnchorLink } from '../../components/links';
import { QueryError, QueryState } from '../../components/query-state';
import { appointmentFormValuesOf } from '../../lib/appointment-form';
import { formatLongDateOf, formatTime } from '../../lib/clinic-time';
import { useSession } from '../../session/use-session';
import { ClinicalPart } from '../results/clinical-part';
import { PaymentPart } from '../results/payment-part';
import { AppointmentForm } from './appointment-form';

const route = getRouteApi('/app/appointments/$appointmentId');

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function SessionResultParts({ appointment }: { appointment: Appointment }) {
  const { member, can } = useSession();
  const result = useQuery(
    trpc.sessionResults.getByAppointment.queryOptions({ appointmentId: appointment.id }),
  );
  const isMissing = errorCodeOf(result.error) === 'NOT_FOUND';

  if (result.isPending) {
    return <Text c="dimmed">Loading the session result…</Text>;
  }

  if (result.isError && !isMissing) {
    return <QueryError error={result.error} label="the session result" />;
  }

  const stored = result.data ?? null;
  const canRecord = ['scheduled', 'arrived', 'completed'].includes(appointment.status);
  const isOwn = appointment.doctorId === member.id;

  return (
    <Stack gap="md">
      <ClinicalPart
        key={`clinical-${stored?.updatedAt ?? 'new'}`}
        appointmentId={appointment.id}
        result={stored}
        canWrite={can('write', 'clinicalResults', isOwn)}
        canRecord={canRecord}
      />
      <PaymentPart
        key={`payment-${stored?.updatedAt ?? 'new'}`}
        appointmentId={appointment.id}
        result={stored}
        canWrite={can('write', 'paymentResults')}
        canRecord={canRecord}
      />
    </Stack>
  );
}

function AppointmentDetails({ appointment }: { appointment: Appointment }) {
  const { member, clinic, can } = useSession();
  const client = useQuery(trpc.clients.get.queryOptions({ id: appointment.clientId }));
  const doctor = useQuery(trpc.members.get.queryOptions({ id: appointment.doctorId }));
  const department = useQuery(trpc.departments.get.queryOptions({ id: appointment.departmentId }));
  const [isRescheduling, setRescheduling] = useState(false);
  const [isCancelling, setCancelling] = useState(false);
  const canWrite = can('write', 'appointments', appointment.doctorId === member.id);
  const time = `${formatTime(appointment.startsAt, clinic.timeZone)}–${formatTime(appointment.endsAt, clinic.timeZone)}`;
  const clientName = client.data?.fullName ?? 'Client';
  const description = `${clientName} at ${formatTime(appointment.startsAt, clinic.timeZone)}`;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>
            {clientName}, {time}
          </Title>
          <Text c="dimmed">{formatLongDateOf(appointment.startsAt, clinic.timeZone)}</Text>
        </div>
        {canWrite && (
          <Group gap="xs">
            <AppointmentActions
              appointment={appointment}
              description={description}
              onCancel={() => {
                setCancelling(true);
              }}
            />
            {appointment.status === 'scheduled' && (
              <Button
                variant="default"
                size="compact-sm"
                onClick={() => {
                  setRescheduling(true);
                }}
              >
                Reschedule…
              </Button>
            )}
          </Group>
        )}
      </Group>

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Detail label="Client">
            <AnchorLink to="/clients/$clientId" params={{ clientId: appointment.clientId }}>
              {clientName}
            </AnchorLink>
          </Detail>
          <Detail label="Doctor">{doctor.data?.fullName ?? '—'}</Detail>
          <Detail label="Department">{department.data?.name ?? '—'}</Detail>
          <Detail label="Status">
            <StatusBadge status={appointment.status} />
          </Detail>
          <Detail label="Time">
            <span data-testid="appointment-time">{time}</span> ({clinic.timeZone})
          </Detail>
          {appointment.notes && <Detail label="Notes">{appointment.notes}</Detail>}
        </SimpleGrid>
        {appointment.cancelReason && (
          <Alert color="gray" mt="md" title="Cancelled">
            {appointment.cancelReason}
          </Alert>
        )}
      </Paper>

      <SessionResultParts appointment={appointment} />

      <Modal
        opened={isRescheduling}
        onClose={() => {
          setRescheduling(false);
        }}
        title="Reschedule appointment"
        size="lg"
      >
        <AppointmentForm
          appointmentId={appointment.id}
          initialValues={appointmentFormValuesOf(appointment, clinic.timeZone)}
          onSaved={() => {
            setRescheduling(false);
            notifications.show({ color: 'teal', message: 'Appointment rescheduled.' });
          }}
          onCancel={() => {
            setRescheduling(false);
          }}
        />
      </Modal>
      <CancelAppointmentModal
        appointmentId={isCancelling ? appointment.id : null}
        description={`Cancel ${description}.`}
        onClose={() => {
          setCancelling(false);
        }}
      />
    </Stack>
  );
}

/** Shows one appointment with its status changes, rescheduling and session result. */
export function AppointmentPage() {
  const { appointmentId } = route.useParams();
  const appointment = useQuery(trpc.appointments.get.queryOptions({ id: appointmentId }));

  return (
    <QueryState query={appointment} label="the appointment">
      {(loaded) => <AppointmentDetails appointment={loaded} />}
    </QueryState>
  );
}
