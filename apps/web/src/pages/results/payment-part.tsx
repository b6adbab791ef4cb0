import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { SessionResult } from '@medsys/domain';
import { PAYMENT_STATUSES, paymentPartInput } from '@medsys/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { trpc } from '../../api/trpc';
import { focusFirstError, useSubmitFailure } from '../../components/form-feedback';
import { PAYMENT_STATUS_LABELS, PaymentStatusBadge } from '../../components/payment-status';
import { validateMapped } from '../../lib/form-errors';
import { formatMoney, minorDigitsOf } from '../../lib/money';
import {
  EMPTY_PAYMENT_FORM,
  PAYMENT_FIELD_NAMES,
  paymentFormValuesOf,
  toPaymentInput,
  type PaymentFormValues,
} from '../../lib/session-result-form';
import { useSession } from '../../session/use-session';

type PaymentPartProps = {
  appointmentId: string;
  result: SessionResult | null;
  /** Staff and admins write the payment part. */
  canWrite: boolean;
  canRecord: boolean;
};

const STATUS_OPTIONS = PAYMENT_STATUSES.map((status) => ({
  value: status,
  label: PAYMENT_STATUS_LABELS[status],
}));

/** Price, amount paid and payment status, typed in major units of the clinic's currency. */
export function PaymentPart(props: PaymentPartProps) {
  const { clinic } = useSession();
  const queryClient = useQueryClient();
  const minorDigits = minorDigitsOf(clinic.currency);
  const form = useForm<PaymentFormValues>({
    initialValues: props.result
      ? paymentFormValuesOf(props.result, minorDigits)
      : EMPTY_PAYMENT_FORM,
    validate: (values) =>
      validateMapped(toPaymentInput(values, minorDigits), paymentPartInput, PAYMENT_FIELD_NAMES),
  });
  const failure = useSubmitFailure(form, PAYMENT_FIELD_NAMES);
  const onSuccess = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.sessionResults.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() });
    notifications.show({ color: 'teal', message: 'Payment saved.' });
  };
  const record = useMutation(
    trpc.sessionResults.record.mutationOptions({ onSuccess, onError: failure.handleError }),
  );
  const update = useMutation(
    trpc.sessionResults.updatePayment.mutationOptions({ onSuccess, onError: failure.handleError }),
  );
  const isEditable = props.canWrite && (props.result !== null || props.canRecord);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="payment-title">
      <Title order={2} size="h3" id="payment-title" mb="sm">
        Payment
      </Title>
      {!isEditable ? (
        props.result ? (
          <Group gap="lg">
            <Text size="sm">Price: {formatMoney(props.result.priceMinor, clinic.currency)}</Text>
            <Text size="sm">Paid: {formatMoney(props.result.paidMinor, clinic.currency)}</Text>
            <PaymentStatusBadge status={props.result.paymentStatus} />
          </Group>
        ) : (
          <Text c="dimmed">No payment recorded yet.</Text>
        )
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit(
            (values) => {
              failure.clear();
              const payment = toPaymentInput(values, minorDigits).input;

              if (props.result) {
                update.mutate({ id: props.result.id, ...payment });
              } else {
                record.mutate({ appointmentId: props.appointmentId, payment });
              }
            },
            (errors) => {
              focusFirstError(form, errors as Record<string, string>);
            },
          )}
        >
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={`Price (${clinic.currency})`}
                inputMode="decimal"
                placeholder="0.00"
                withAsterisk
                {...form.getInputProps('price')}
              />
              <TextInput
                label={`Paid (${clinic.currency})`}
                inputMode="decimal"
                placeholder="0.00"
                withAsterisk
                {...form.getInputProps('paid')}
              />
              <Select
                label="Payment status"
                data={STATUS_OPTIONS}
                allowDeselect={false}
                withAsterisk
                {...form.getInputProps('paymentStatus')}
              />
            </SimpleGrid>
            {failure.alert}
            <Group>
              <Button type="submit" loading={record.isPending || update.isPending}>
                Save payment
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
