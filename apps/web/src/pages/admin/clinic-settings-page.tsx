import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { updateClinicInput } from '@medsys/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { trpc } from '../../api/trpc';
import { focusFirstError, useSubmitFailure } from '../../components/form-feedback';
import { CurrencySelect, TimeZoneSelect } from '../../components/zone-and-currency-fields';
import { validateMapped } from '../../lib/form-errors';
import { useSession } from '../../session/use-session';

type SettingsValues = { name: string; timeZone: string | null; currency: string | null };

/** Edits the clinic's name, time zone and currency, for admins. */
export function ClinicSettingsPage() {
  const { clinic } = useSession();
  const queryClient = useQueryClient();
  const form = useForm<SettingsValues>({
    initialValues: { name: clinic.name, timeZone: clinic.timeZone, currency: clinic.currency },
    validate: (values) => validateMapped({ input: values, errors: {} }, updateClinicInput),
  });
  const failure = useSubmitFailure(form);
  const update = useMutation(
    trpc.clinic.update.mutationOptions({
      onSuccess: async () => {
        // Every time on screen depends on the zone, so everything is read again.
        await queryClient.invalidateQueries();
        notifications.show({ color: 'teal', message: 'Clinic settings saved.' });
      },
      onError: failure.handleError,
    }),
  );

  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>Clinic settings</Title>
      <Paper withBorder p="md">
        <form
          noValidate
          onSubmit={form.onSubmit(
            (values) => {
              failure.clear();
              update.mutate(updateClinicInput.parse(values));
            },
            (errors) => {
              focusFirstError(form, errors as Record<string, string>);
            },
          )}
        >
          <Stack gap="sm">
            <TextInput label="Clinic name" withAsterisk {...form.getInputProps('name')} />
            <TimeZoneSelect
              label="Time zone"
              description="Today, weeks, months and every time shown are in this zone."
              withAsterisk
              {...form.getInputProps('timeZone')}
            />
            <CurrencySelect
              label="Currency"
              description="Amounts already recorded keep their numbers."
              withAsterisk
              {...form.getInputProps('currency')}
            />
            {failure.alert}
            <Group>
              <Button type="submit" loading={update.isPending}>
                Save settings
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
