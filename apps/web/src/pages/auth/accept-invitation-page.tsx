import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { acceptInvitationInput } from '@medsys/domain';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';

import { trpc } from '../../api/trpc';
import { AuthFrame } from '../../components/auth-frame';
import { focusFirstError, useSubmitFailure } from '../../components/form-feedback';
import { AnchorLink } from '../../components/links';
import { validateMapped } from '../../lib/form-errors';
import { enterApp } from '../../session/after-sign-in';

const route = getRouteApi('/join');

type InvitationValues = {
  code: string;
  email: string;
  password: string;
  fullName: string;
  phone: string;
  specialty: string;
};

export function AcceptInvitationPage() {
  const search = route.useSearch();
  const form = useForm<InvitationValues>({
    initialValues: {
      code: search.code ?? '',
      email: search.email ?? '',
      password: '',
      fullName: '',
      phone: '',
      specialty: '',
    },
    validate: (values) => validateMapped({ input: values, errors: {} }, acceptInvitationInput),
  });
  const failure = useSubmitFailure(form);
  const accept = useMutation(
    trpc.auth.acceptInvitation.mutationOptions({
      onSuccess: (session) => enterApp(session),
      onError: failure.handleError,
    }),
  );

  return (
    <AuthFrame
      title="Join your clinic"
      subtitle="Enter the invitation code an admin of your clinic gave you."
    >
      <form
        noValidate
        onSubmit={form.onSubmit(
          (values) => {
            failure.clear();
            accept.mutate(acceptInvitationInput.parse(values));
          },
          (errors) => {
            focusFirstError(form, errors as Record<string, string>);
          },
        )}
      >
        <Stack gap="sm">
          <TextInput
            label="Invitation code"
            autoComplete="one-time-code"
            withAsterisk
            {...form.getInputProps('code')}
          />
          <TextInput
            label="Email"
            description="The address the invitation was issued for."
            type="email"
            autoComplete="username"
            withAsterisk
            {...form.getInputProps('email')}
          />
          <TextInput
            label="Full name"
            autoComplete="name"
            withAsterisk
            {...form.getInputProps('fullName')}
          />
          <TextInput label="Phone" type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
          <TextInput
            label="Specialty"
            description="For doctors, e.g. Paediatrics."
            {...form.getInputProps('specialty')}
          />
          <PasswordInput
            label="Password"
            description="At least 10 characters."
            autoComplete="new-password"
            withAsterisk
            {...form.getInputProps('password')}
          />
          {failure.alert}
          <Button type="submit" loading={accept.isPending}>
            Join clinic
          </Button>
        </Stack>
      </form>
      <Text size="sm">
        Already joined? <AnchorLink to="/sign-in">Sign in</AnchorLink>
      </Text>
    </AuthFrame>
  );
}
