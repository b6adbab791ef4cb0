import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { cancelAppointmentInput } from '@medsys/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { trpc } from '../api/trpc';
import { validateMapped } from '../lib/form-errors';
import { focusFirstError, useSubmitFailure } from './form-feedback';

type CancelAppointmentModalProps = {
  appointmentId: string | null;
  /** Description of the appointment, e.g. "Malika Karimova at 10:00". */
  description: string;
  onClose: () => void;
};

/** Asks for the reason and cancels; the reason is required and kept with the appointment. */
export function CancelAppointmentModal(props: CancelAppointmentModalProps) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { reason: '' },
    validate: (values) =>
      validateMapped(
        { input: { id: props.appointmentId, ...values }, errors: {} },
        cancelAppointmentInput,
      ),
  });
  const failure = useSubmitFailure(form);
  const cancel = useMutation(
    trpc.appointments.cancel.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() });
        form.reset();
        props.onClose();
      },
      onError: failure.handleError,
    }),
  );

  const close = () => {
    form.reset();
    failure.clear();
    props.onClose();
  };

  return (
    <Modal opened={props.appointmentId !== null} onClose={close} title="Cancel appointment">
      <form
        noValidate
        onSubmit={form.onSubmit(
          (values) => {
            if (props.appointmentId) {
              cancel.mutate({ id: props.appointmentId, reason: values.reason });
            }
          },
          (errors) => {
            focusFirstError(form, errors as Record<string, string>);
          },
        )}
      >
        <Stack gap="sm">
          <Text size="sm">{props.description}</Text>
          <Textarea
            label="Reason"
            description="Kept with the appointment, e.g. the client called to cancel."
            withAsterisk
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          {failure.alert}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep appointment
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              Cancel appointment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
