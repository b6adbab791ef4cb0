import { Badge } from '@mantine/core';
import type { AppointmentStatus } from '@medsys/domain';

export const STATUS_LABELS: Record<AppointmentStatus, string> = {
  scheduled: 'Scheduled',
  arrived: 'Arrived',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};

export const STATUS_COLORS: Record<AppointmentStatus, string> = {
  scheduled: 'blue',
  arrived: 'yellow',
  completed: 'teal',
  cancelled: 'gray',
  no_show: 'red',
};

export function StatusBadge({ status }: { status: AppointmentStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
