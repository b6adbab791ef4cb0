import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Role } from '@medsys/domain';
import { INVITATION_TTL_DAYS, createInvitationInput } from '@medsys/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { trpc } from '../../api/trpc';
import { focusFirstError, useSubmitFailure } from '../../components/form-feedback';
import { validateMapped } from '../../lib/form-errors';

type InviteValues = { email: string; role: Role; expiresInDays: number | string };

const ROLE_OPTIONS = [
  { value: 'doctor', label: 'Doctor' },
  { value: 'staff', label: 'Staff' },
  { value: 'admin', label: 'Admin' },
];

function IssuedCode({ code, email, onDone }: { code: string; email: string; onDone: () => void }) {
  const joinLink = `${window.location.origin}/join?${new URLSearchParams({ code, email }).toString()}`;

  return (
    <Stack gap="sm">
      <Alert color="yellow" title="Copy the code now">
        This code is shown only once. Give it to {email}; they sign up with it under “Join with an
        invitation code”.
      </Alert>
      <Text size="sm" fw={600}>
        Invitation code
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Code data-testid="invitation-code" style={{ wordBreak: 'break-all' }}>
          {code}
        </Code>
        <CopyButton value={code}>
          {({ copied, copy }) => (
            <Button size="compact-sm" variant="light" onClick={copy}>
              {copied ? 'Copied' : 'Copy code'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <CopyButton value={joinLink}>
        {({ copied, copy }) => (
          <Button size="compact-sm" variant="subtle" onClick={copy} w="fit-content">
            {copied ? 'Link copied' : 'Copy sign-up link'}
          </Button>
        )}
      </CopyButton>
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}

/** Issues an invitation and shows its code once, with a button to copy it. */
export function InviteMemberModal(props: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [issued, setIssued] = useState<{ code: string; email: string } | null>(null);
  const form = useForm<InviteValues>({
    initialValues: { email: '', role: 'doctor', expiresInDays: INVITATION_TTL_DAYS },
    validate: (values) => validateMapped({ input: values, errors: {} }, createInvitationInput),
  });
  const failure = useSubmitFailure(form);
  const invite = useMutation(
    trpc.invitations.create.mutationOptions({
      onSuccess: async (result) => {
        setIssued({ code: result.code, email: result.invitation.email });
        await queryClient.invalidateQueries({ queryKey: trpc.invitations.pathKey() });
      },
      onError: failure.handleError,
    }),
  );

  const close = () => {
    setIssued(null);
    form.reset();
    failure.clear();
    props.onClose();
  };

  return (
    <Modal opened={props.opened} onClose={close} title="Invite a member">
      {issued ? (
        <IssuedCode code={issued.code} email={issued.email} onDone={close} />
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit(
            (values) => {
              failure.clear();
              invite.mutate(createInvitationInput.parse(values));
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
              withAsterisk
              data-autofocus
              {...form.getInputProps('email')}
            />
            <Select
              label="Role"
              data={ROLE_OPTIONS}
              allowDeselect={false}
              withAsterisk
              {...form.getInputProps('role')}
            />
            <NumberInput
              label="Valid for (days)"
              min={1}
              max={30}
              allowDecimal={false}
              {...form.getInputProps('expiresInDays')}
            />
            {failure.alert}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Close
              </Button>
              <Button type="submit" loading={invite.isPending}>
                Create invitation
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
