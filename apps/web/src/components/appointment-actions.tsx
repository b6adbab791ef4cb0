import { Button, Group } from '@mantine/core';
import type { Appointment } from '@medsys/domain';
import { STATUS_CHANGES } from '@medsys/domain';

import { useStatusChange, type StatusAction } from '../api/appointments';

type AppointmentActionsProps = {
  appointment: Appointment;
  /** Description of the appointment for screen readers, e.g. "Malika Karimova at 10:00". */
  description: string;
  onCancel: () => void;
};

const ACTIONS: { action: StatusAction; status: keyof typeof STATUS_CHANGES; label: string }[] = [
  { action: 'arrive', status: 'arrived', label: 'Arrived' },
  { action: 'complete', status: 'completed', label: 'Completed' },
  { action: 'markNoShow', status: 'no_show', label: 'No-show' },
];

function canMove(appointment: Appointment, to: keyof typeof STATUS_CHANGES): boolean {
  const from: readonly string[] = STATUS_CHANGES[to];

  return from.includes(appointment.status);
}

/** One-click status changes allowed from the appointment's current status. */
export function AppointmentActions({
  appointment,
  description,
  onCancel,
}: AppointmentActionsProps) {
  const statusChange = useStatusChange();
  const available = ACTIONS.filter((item) => canMove(appointment, item.status));

  if (available.length === 0 && !canMove(appointment, 'cancelled')) {
    return null;
  }

  return (
    <Group gap={6} wrap="wrap">
      {available.map((item) => (
        <Button
          key={item.action}
          size="compact-sm"
          variant="light"
          aria-label={`${item.label}: ${description}`}
          onClick={() => statusChange.mutate({ id: appointment.id, action: item.action })}
        >
          {item.label}
        </Button>
      ))}
      {canMove(appointment, 'cancelled') && (
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          aria-label={`Cancel: ${description}`}
          onClick={onCancel}
        >
          Cancel…
        </Button>
      )}
    </Group>
  );
}
