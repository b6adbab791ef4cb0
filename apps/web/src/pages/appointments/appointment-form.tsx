import '@mantine/dates/styles.css';

import { Button, Group, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { Appointment } from '@medsys/domain';
import { createAppointmentInput, rescheduleAppointmentInput } from '@medsys/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { errorCodeOf } from '../../api/errors';
import { useDepartments, useDoctors } from '../../api/lookups';
import { trpc } from '../../api/trpc';
import { focusFirstError, useSubmitFailure } from '../../components/form-feedback';
import {
  APPOINTMENT_FIELD_NAMES,
  toCreateAppointmentInput,
  toRescheduleAppointmentInput,
  type AppointmentFormValues,
} from '../../lib/appointment-form';
import { validateMapped } from '../../lib/form-errors';
import { useSession } from '../../session/use-session';
import { ClientPicker } from './client-picker';
import { ConflictAlert } from './conflict-alert';

type AppointmentFormProps = {
  initialValues: AppointmentFormValues;
  /** Reschedules this appointment when given; books a new one otherwise. */
  appointmentId?: string;
  onSaved: (appointment: Appointment) => void;
  onCancel: () => void;
};

/**
 * Books or reschedules an appointment. Times are typed on the clinic's clock and sent with the
 * clinic's UTC offset. A CONFLICT is shown beside the form with the appointment in the way.
 */
export function AppointmentForm(props: AppointmentFormProps) {
  const { member, clinic } = useSession();
  const queryClient = useQueryClient();
  const doctors = useDoctors();
  const departments = useDepartments();
  const isReschedule = props.appointmentId !== undefined;
  const isDoctorFixed = member.role === 'doctor';

  const toInput = (values: AppointmentFormValues) =>
    props.appointmentId
      ? toRescheduleAppointmentInput(props.appointmentId, values, clinic.timeZone)
      : toCreateAppointmentInput(values, clinic.timeZone);
  const form = useForm<AppointmentFormValues>({
    initialValues: props.initialValues,
    validate: (values) =>
      validateMapped(
        toInput(values),
        isReschedule ? rescheduleAppointmentInput : createAppointmentInput,
        APPOINTMENT_FIELD_NAMES,
      ),
  });
  const failure = useSubmitFailure(form, APPOINTMENT_FIELD_NAMES);
  const handleError = (error: unknown) => {
    failure.handleError(error);

    // The API's message quotes UTC instants; the alert below names the conflict on the clinic clock.
    if (errorCodeOf(error) === 'CONFLICT') {
      form.setFieldError('startTime', 'This time is taken: see the conflict below.');
    }
  };
  const onSaved = async (appointment: Appointment) => {
    await queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() });
    props.onSaved(appointment);
  };
  const create = useMutation(
    trpc.appointments.create.mutationOptions({ onSuccess: onSaved, onError: handleError }),
  );
  const reschedule = useMutation(
    trpc.appointments.reschedule.mutationOptions({
      onSuccess: onSaved,
      onError: handleError,
    }),
  );

  const doctorOptions = (doctors.data?.items ?? []).map((doctor) => ({
    value: doctor.id,
    label: doctor.specialty ? `${doctor.fullName} — ${doctor.specialty}` : doctor.fullName,
  }));
  const departmentOptions = (departments.data?.items ?? []).map((department) => ({
    value: department.id,
    label: `${department.name}, ${department.city}`,
  }));

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => {
          failure.clear();

          if (props.appointmentId) {
            reschedule.mutate(
              toRescheduleAppointmentInput(props.appointmentId, values, clinic.timeZone).input,
            );
          } else {
            create.mutate(toCreateAppointmentInput(values, clinic.timeZone).input);
          }
        },
        (errors) => {
          focusFirstError(form, errors as Record<string, string>);
        },
      )}
    >
      <Stack gap="sm">
        {!isReschedule && (
          <ClientPicker label="Client" withAsterisk {...form.getInputProps('clientId')} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Doctor"
            withAsterisk
            searchable
            allowDeselect={false}
            data={doctorOptions}
            disabled={isDoctorFixed}
            {...form.getInputProps('doctorId')}
          />
          <Select
            label="Department"
            description="Leave empty for the doctor's home department."
            clearable
            data={departmentOptions}
            {...form.getInputProps('departmentId')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateInput
            label="Date"
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            withAsterisk
            firstDayOfWeek={1}
            {...form.getInputProps('date')}
          />
          <TimeInput label="Starts" withAsterisk {...form.getInputProps('startTime')} />
          <TimeInput label="Ends" withAsterisk {...form.getInputProps('endTime')} />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          Times are on the clinic&apos;s clock ({clinic.timeZone}).
        </Text>
        {!isReschedule && (
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
        )}
        <ConflictAlert error={failure.failure?.error} doctorId={form.values.doctorId} />
        {failure.alert}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Close
          </Button>
          <Button type="submit" loading={create.isPending || reschedule.isPending}>
            {isReschedule ? 'Reschedule' : 'Book appointment'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
