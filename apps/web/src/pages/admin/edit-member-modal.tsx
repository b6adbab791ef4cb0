import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Member } from '@medsys/domain';
import { updateMemberInput } from '@medsys/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useDepartments } from '../../api/lookups';
import { trpc } from '../../api/trpc';
import { focusFirstError, useSubmitFailure } from '../../components/form-feedback';
import { validateMapped } from '../../lib/form-errors';

type MemberValues = {
  fullName: string;
  phone: string;
  specialty: string;
  departmentId: string | null;
};

function MemberForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const queryClient = useQueryClient();
  const departments = useDepartments();
  const form = useForm<MemberValues>({
    initialValues: {
      fullName: member.fullName,
      phone: member.phone ?? '',
      specialty: member.specialty ?? '',
      departmentId: member.departmentId,
    },
    validate: (values) =>
      validateMapped({ input: { id: member.id, ...values }, errors: {} }, updateMemberInput),
  });
  const failure = useSubmitFailure(form);
  const update = useMutation(
    trpc.members.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.members.pathKey() });
        onDone();
      },
      onError: failure.handleError,
    }),
  );

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => {
          failure.clear();
          update.mutate({ id: member.id, ...values });
        },
        (errors) => {
          focusFirstError(form, errors as Record<string, string>);
        },
      )}
    >
      <Stack gap="sm">
        <TextInput label="Full name" withAsterisk {...form.getInputProps('fullName')} />
        <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
        {member.role === 'doctor' && (
          <>
            <TextInput label="Specialty" {...form.getInputProps('specialty')} />
            <Select
              label="Home department"
              description="Appointments are booked here unless another department is chosen."
              clearable
              data={(departments.data?.items ?? []).map((department) => ({
                value: department.id,
                label: department.name,
              }))}
              {...form.getInputProps('departmentId')}
            />
          </>
        )}
        {failure.alert}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Close
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save member
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function EditMemberModal(props: { member: Member | null; onClose: () => void }) {
  return (
    <Modal opened={props.member !== null} onClose={props.onClose} title="Edit member">
      {props.member && <MemberForm member={props.member} onDone={props.onClose} />}
    </Modal>
  );
}
