import '@mantine/dates/styles.css';
import '@mantine/schedule/styles.css';

import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DayView, WeekView, type ScheduleEventData } from '@mantine/schedule';
import type { Appointment } from '@medsys/domain';
import { IconCalendarPlus, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';

import { useAllAppointments } from '../../api/appointments';
import { errorCodeOf, messageOf } from '../../api/errors';
import { useClientNames, useDepartments, useDoctorMap, useDoctors } from '../../api/lookups';
import { trpc } from '../../api/trpc';
import { QueryError } from '../../components/query-state';
import { addMinutesToTime, type AppointmentFormValues } from '../../lib/appointment-form';
import {
  addDays,
  formatCalendarDate,
  instantOfWallTime,
  localDateIn,
  localDaysRange,
  mondayOf,
  todayIn,
  wallTimeOf,
} from '../../lib/clinic-time';
import type { CalendarSearch } from '../../routing/search-params';
import { useSession } from '../../session/use-session';
import { AppointmentForm } from './appointment-form';
import { toScheduleEvents } from './schedule-events';

const route = getRouteApi('/app/calendar');

const DEFAULT_LENGTH_MINUTES = 30;
const DAY_START = '07:00:00';
const DAY_END = '21:00:00';

type Scope = 'doctor' | 'department';

function periodLabel(view: 'day' | 'week', date: string): string {
  if (view === 'day') {
    return formatCalendarDate(date);
  }

  const monday = mondayOf(date);

  return `${formatCalendarDate(monday)} – ${formatCalendarDate(addDays(monday, 6))}`;
}

/**
 * Day and week calendars of one doctor or one department, on the clinic's clock. A click on a
 * free slot books it; a scheduled appointment can be dragged to a new time.
 */
export function CalendarPage() {
  const { member, clinic, can } = useSession();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/calendar' });
  const queryClient = useQueryClient();
  const doctors = useDoctors();
  const departments = useDepartments();
  const doctorMap = useDoctorMap();
  const [isInactiveShown, setInactiveShown] = useState(false);
  const [booking, setBooking] = useState<AppointmentFormValues | null>(() =>
    search.bookClientId ? emptyBooking(search.bookClientId) : null,
  );

  const view = search.view ?? 'day';
  const today = todayIn(clinic.timeZone);
  const date = search.date ?? today;
  const isDoctor = member.role === 'doctor';
  const doctorId = search.doctorId ?? (isDoctor && !search.departmentId ? member.id : undefined);
  const scope: Scope = doctorId ? 'doctor' : 'department';
  const departmentId = scope === 'department' ? search.departmentId : undefined;

  function emptyBooking(clientId: string | null): AppointmentFormValues {
    return {
      clientId,
      doctorId: isDoctor ? member.id : (search.doctorId ?? null),
      departmentId: search.departmentId ?? null,
      date: search.date ?? todayIn(clinic.timeZone),
      startTime: '09:00',
      endTime: addMinutesToTime('09:00', DEFAULT_LENGTH_MINUTES),
      notes: '',
    };
  }

  const setSearch = (changes: Partial<CalendarSearch>) =>
    navigate({ search: (previous) => ({ ...previous, ...changes }) });

  const range =
    view === 'day'
      ? localDaysRange(date, 1, clinic.timeZone)
      : localDaysRange(mondayOf(date), 7, clinic.timeZone);
  const appointments = useAllAppointments({
    ...range,
    ...(doctorId ? { doctorId } : {}),
    ...(departmentId ? { departmentId } : {}),
  });
  const visibleAppointments = useMemo(
    () =>
      (appointments.data ?? []).filter(
        (appointment) =>
          isInactiveShown ||
          (appointment.status !== 'cancelled' && appointment.status !== 'no_show'),
      ),
    [appointments.data, isInactiveShown],
  );
  const clientIds = useMemo(
    () => visibleAppointments.map((appointment) => appointment.clientId),
    [visibleAppointments],
  );
  const clientNames = useClientNames(clientIds);
  const events = useMemo(
    () =>
      toScheduleEvents(visibleAppointments, {
        timeZone: clinic.timeZone,
        clientNames,
        doctors: doctorMap,
        isDoctorShown: scope === 'department',
      }),
    [visibleAppointments, clinic.timeZone, clientNames, doctorMap, scope],
  );

  const reschedule = useMutation(
    trpc.appointments.reschedule.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() }),
      onError: (error) => {
        notifications.show({
          color: errorCodeOf(error) === 'CONFLICT' ? 'orange' : 'red',
          title: 'The appointment stays where it was',
          message: messageOf(error),
        });
      },
    }),
  );

  const canMove = (event: ScheduleEventData) => {
    const appointment = (event.payload as { appointment: Appointment } | undefined)?.appointment;

    return (
      appointment?.status === 'scheduled' &&
      can('write', 'appointments', appointment.doctorId === member.id)
    );
  };

  const scheduleProps = {
    date,
    events,
    withHeader: false,
    startTime: DAY_START,
    endTime: DAY_END,
    startScrollTime: '08:00:00',
    intervalMinutes: 15,
    getCurrentTime: () => wallTimeOf(new Date().toISOString(), clinic.timeZone),
    withEventsDragAndDrop: true,
    canDragEvent: canMove,
    onEventDrop: (data: { eventId: string | number; newStart: string; newEnd: string }) => {
      const startsAt = instantOfWallTime(data.newStart, clinic.timeZone);
      const endsAt = instantOfWallTime(data.newEnd, clinic.timeZone);

      if (startsAt.ok && endsAt.ok) {
        reschedule.mutate({
          id: String(data.eventId),
          startsAt: startsAt.instant,
          endsAt: endsAt.instant,
        });
      }
    },
    onEventClick: (event: ScheduleEventData) =>
      void navigate({
        to: '/appointments/$appointmentId',
        params: { appointmentId: String(event.id) },
      }),
    onTimeSlotClick: ({ slotStart }: { slotStart: string }) => {
      const [slotDate = date, slotTime = '09:00:00'] = slotStart.split(' ');
      const startTime = slotTime.slice(0, 5);

      setBooking({
        ...emptyBooking(search.bookClientId ?? null),
        doctorId: doctorId ?? (isDoctor ? member.id : null),
        departmentId: departmentId ?? null,
        date: slotDate,
        startTime,
        endTime: addMinutesToTime(startTime, DEFAULT_LENGTH_MINUTES),
      });
    },
  };

  const step = view === 'day' ? 1 : 7;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Calendar</Title>
          <Text c="dimmed" aria-live="polite" data-testid="calendar-period">
            {periodLabel(view, date)}
          </Text>
        </div>
        <Button
          leftSection={<IconCalendarPlus size={16} />}
          onClick={() => {
            setBooking(emptyBooking(search.bookClientId ?? null));
          }}
          disabled={!can('write', 'appointments', true)}
        >
          Book appointment
        </Button>
      </Group>

      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label="Calendar view"
          data={[
            { value: 'day', label: 'Day' },
            { value: 'week', label: 'Week' },
          ]}
          value={view}
          onChange={(value) => void setSearch({ view: value })}
        />
        <Group gap={4}>
          <Button
            variant="default"
            aria-label={view === 'day' ? 'Previous day' : 'Previous week'}
            onClick={() => void setSearch({ date: addDays(date, -step) })}
          >
            <IconChevronLeft size={16} />
          </Button>
          <Button variant="default" onClick={() => void setSearch({ date: today })}>
            Today
          </Button>
          <Button
            variant="default"
            aria-label={view === 'day' ? 'Next day' : 'Next week'}
            onClick={() => void setSearch({ date: addDays(date, step) })}
          >
            <IconChevronRight size={16} />
          </Button>
        </Group>
        <SegmentedControl
          aria-label="Show the calendar of"
          data={[
            { value: 'doctor', label: 'Doctor' },
            { value: 'department', label: 'Department' },
          ]}
          value={scope}
          onChange={(value) => {
            void setSearch(
              value === 'doctor'
                ? {
                    doctorId: isDoctor ? member.id : doctors.data?.items[0]?.id,
                    departmentId: undefined,
                  }
                : { doctorId: undefined, departmentId: departments.data?.items[0]?.id },
            );
          }}
        />
        {scope === 'doctor' ? (
          <Select
            label="Doctor"
            searchable
            data={(doctors.data?.items ?? []).map((doctor) => ({
              value: doctor.id,
              label: doctor.fullName,
            }))}
            value={doctorId ?? null}
            onChange={(value) => void setSearch({ doctorId: value ?? undefined })}
            w={220}
          />
        ) : (
          <Select
            label="Department"
            placeholder="All departments"
            clearable
            data={(departments.data?.items ?? []).map((department) => ({
              value: department.id,
              label: department.name,
            }))}
            value={departmentId ?? null}
            onChange={(value) => void setSearch({ departmentId: value ?? undefined })}
            w={220}
          />
        )}
        <Switch
          label="Show cancelled and no-show"
          checked={isInactiveShown}
          onChange={(event) => {
            setInactiveShown(event.currentTarget.checked);
          }}
          mb={8}
        />
      </Group>

      {appointments.isError && (
        <QueryError
          error={appointments.error}
          label="appointments"
          onRetry={() => void appointments.refetch()}
        />
      )}
      {appointments.isPending && (
        <Text c="dimmed" role="status">
          Loading appointments…
        </Text>
      )}
      {appointments.isSuccess && visibleAppointments.length === 0 && (
        <Text c="dimmed">No appointments in this {view}. Click a free time to book one.</Text>
      )}

      {view === 'day' ? (
        <DayView {...scheduleProps} />
      ) : (
        <WeekView {...scheduleProps} firstDayOfWeek={1} withWeekNumber />
      )}

      <Modal
        opened={booking !== null}
        onClose={() => {
          setBooking(null);
        }}
        title="Book appointment"
        size="lg"
      >
        {booking && (
          <AppointmentForm
            initialValues={booking}
            onSaved={(appointment) => {
              setBooking(null);
              notifications.show({ color: 'teal', message: 'Appointment booked.' });
              void setSearch({
                date: localDateIn(appointment.startsAt, clinic.timeZone),
                bookClientId: undefined,
              });
            }}
            onCancel={() => {
              setBooking(null);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
