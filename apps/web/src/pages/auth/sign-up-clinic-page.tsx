import { Button, Fieldset, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { signUpClinicInput } from '@medsys/domain';
import { useMutation } from '@tanstack/react-query';

import { trpc } from '../../api/trpc';
import { AuthFrame } from '../../components/auth-frame';
import { focusFirstError, useSubmitFailure } from '../../components/form-feedback';
import { AnchorLink } from '../../components/links';
import {
  CurrencySelect,
  TimeZoneSelect,
  browserTimeZone,
} from '../../components/zone-and-currency-fields';
import { validateMapped } from '../../lib/form-errors';
import { enterApp } from '../../session/after-sign-in';

type SignUpValues = {
  clinic: { name: string; timeZone: string | null; currency: string | null };
  admin: { fullName: string; phone: string; email: string; password: string };
};

function toInput(values: SignUpValues) {
  return { input: values, errors: {} };
}

export function SignUpClinicPage() {
  const form = useForm<SignUpValues>({
    initialValues: {
      clinic: { name: '', timeZone: browserTimeZone(), currency: null },
      admin: { fullName: '', phone: '', email: '', password: '' },
    },
    validate: (values) => validateMapped(toInput(values), signUpClinicInput),
  });
  const failure = useSubmitFailure(form);
  const signUp = useMutation(
    trpc.auth.signUpClinic.mutationOptions({
      onSuccess: (session) => enterApp(session),
      onError: failure.handleError,
    }),
  );

  return (
    <AuthFrame
      title="Create a clinic"
      subtitle="You become the clinic's first admin and can invite doctors and staff."
    >
      <form
        noValidate
        onSubmit={form.onSubmit(
          (values) => {
            failure.clear();
            signUp.mutate(signUpClinicInput.parse(values));
          },
          (errors) => {
            focusFirstError(form, errors as Record<string, string>);
          },
        )}
      >
        <Stack gap="md">
          <Fieldset legend="Clinic">
            <Stack gap="sm">
              <TextInput label="Clinic name" withAsterisk {...form.getInputProps('clinic.name')} />
              <TimeZoneSelect
                label="Time zone"
                description="Today, weeks and months are counted in this zone."
                withAsterisk
                {...form.getInputProps('clinic.timeZone')}
              />
              <CurrencySelect
                label="Currency"
                withAsterisk
                {...form.getInputProps('clinic.currency')}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend="You, the first admin">
            <Stack gap="sm">
              <TextInput
                label="Full name"
                autoComplete="name"
                withAsterisk
                {...form.getInputProps('admin.fullName')}
              />
              <TextInput
                label="Phone"
                type="tel"
                autoComplete="tel"
                {...form.getInputProps('admin.phone')}
              />
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                withAsterisk
                {...form.getInputProps('admin.email')}
              />
              <PasswordInput
                label="Password"
                description="At least 10 characters."
                autoComplete="new-password"
                withAsterisk
                {...form.getInputProps('admin.password')}
              />
            </Stack>
          </Fieldset>
          {failure.alert}
          <Button type="submit" loading={signUp.isPending}>
            Create clinic
          </Button>
        </Stack>
      </form>
      <Text size="sm">
        Already have an account? <AnchorLink to="/sign-in">Sign in</AnchorLink>
      </Text>
    </AuthFrame>
  );
}
