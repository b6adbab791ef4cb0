import {
  Alert,
  Button,
  Group,
  NativeSelect,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { signInInput, type SignInInput } from '@medsys/domain';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';

import { errorContextOf } from '../../api/errors';
import { trpc } from '../../api/trpc';
import { AuthFrame } from '../../components/auth-frame';
import { focusFirstError, useSubmitFailure } from '../../components/form-feedback';
import { AnchorLink } from '../../components/links';
import { validateMapped } from '../../lib/form-errors';
import { enterApp } from '../../session/after-sign-in';

const route = getRouteApi('/sign-in');

type ClinicChoice = { id: string; name: string };

/**
 * Reads the clinics the API lists when one email and password open accounts in several clinics.
 * The list arrives as JSON in `error.data.context.clinics`.
 */
function clinicChoicesOf(error: unknown): ClinicChoice[] {
  const listed = errorContextOf(error).clinics;

  if (listed === undefined) {
    return [];
  }

  try {
    const parsed: unknown = JSON.parse(listed);

    return Array.isArray(parsed) ? parsed.filter(isClinicChoice) : [];
  } catch {
    return [];
  }
}

function isClinicChoice(value: unknown): value is ClinicChoice {
  const choice = value as Partial<ClinicChoice> | null;

  return typeof choice?.id === 'string' && typeof choice.name === 'string';
}

export function SignInPage() {
  const search = route.useSearch();
  const [clinicChoices, setClinicChoices] = useState<ClinicChoice[]>([]);
  const form = useForm<SignInInput>({
    initialValues: { email: '', password: '', clinicId: undefined },
    validate: (values) => validateMapped({ input: values, errors: {} }, signInInput),
  });
  const failure = useSubmitFailure(form);
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (session) => enterApp(session, search.redirect),
      onError: (error) => {
        const choices = clinicChoicesOf(error);

        if (choices.length > 0) {
          setClinicChoices(choices);
        }

        failure.handleError(error);
      },
    }),
  );

  return (
    <AuthFrame title="Sign in" subtitle="Sign in to your clinic's workspace.">
      {search.isExpired && !failure.failure && (
        <Alert color="yellow" title="Your session has expired" role="status">
          Your session has expired or was ended on another device. Sign in again to continue.
        </Alert>
      )}
      <form
        noValidate
        onSubmit={form.onSubmit(
          (values) => {
            failure.clear();
            signIn.mutate(values);
          },
          (errors) => {
            focusFirstError(form, errors as Record<string, string>);
          },
        )}
      >
        <Stack gap="sm">
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            withAsterisk
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            withAsterisk
            {...form.getInputProps('password')}
          />
          {clinicChoices.length > 0 && (
            <NativeSelect
              label="Clinic"
              description="This email and password open accounts in several clinics."
              data={[
                { value: '', label: 'Choose a clinic', disabled: true },
                ...clinicChoices.map((clinic) => ({ value: clinic.id, label: clinic.name })),
              ]}
              withAsterisk
              {...form.getInputProps('clinicId')}
              value={form.values.clinicId ?? ''}
            />
          )}
          {failure.alert}
          <Button type="submit" loading={signIn.isPending}>
            Sign in
          </Button>
        </Stack>
      </form>
      <Group justify="space-between">
        <Text size="sm">
          New clinic? <AnchorLink to="/sign-up">Create a clinic</AnchorLink>
        </Text>
        <Text size="sm">
          <AnchorLink to="/join">Join with an invitation code</AnchorLink>
        </Text>
      </Group>
    </AuthFrame>
  );
}
