import {
  ActionIcon,
  Button,
  Group,
  Modal,
  Stack,
  Table,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Department } from '@medsys/domain';
import { createDepartmentInput, updateDepartmentInput } from '@medsys/domain';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { messageOf } from '../../api/errors';
import { useDepartments } from '../../api/lookups';
import { trpc } from '../../api/trpc';
import { focusFirstError, useSubmitFailure } from '../../components/form-feedback';
import { EmptyState, QueryState } from '../../components/query-state';
import { validateMapped } from '../../lib/form-errors';

type DepartmentValues = { name: string; city: string; address: string; phone: string };

const EMPTY: DepartmentValues = { name: '', city: '', address: '', phone: '' };

function valuesOf(department: Department): DepartmentValues {
  return {
    name: department.name,
    city: department.city,
    address: department.address ?? '',
    phone: department.phone ?? '',
  };
}

function DepartmentForm(props: { department: Department | null; onDone: () => void }) {
  const queryClient = useQueryClient();
  const { department } = props;
  const form = useForm<DepartmentValues>({
    initialValues: department ? valuesOf(department) : EMPTY,
    validate: (values) =>
      department
        ? validateMapped(
            { input: { id: department.id, ...values }, errors: {} },
            updateDepartmentInput,
          )
        : validateMapped({ input: values, errors: {} }, createDepartmentInput),
  });
  const failure = useSubmitFailure(form);
  const onSuccess = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.departments.pathKey() });
    props.onDone();
  };
  const create = useMutation(
    trpc.departments.create.mutationOptions({ onSuccess, onError: failure.handleError }),
  );
  const update = useMutation(
    trpc.departments.update.mutationOptions({ onSuccess, onError: failure.handleError }),
  );

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => {
          failure.clear();

          if (department) {
            update.mutate({ id: department.id, ...values });
          } else {
            create.mutate(values);
          }
        },
        (errors) => {
          focusFirstError(form, errors as Record<string, string>);
        },
      )}
    >
      <Stack gap="sm">
        <TextInput label="Name" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput label="City" withAsterisk {...form.getInputProps('city')} />
        <TextInput label="Address" {...form.getInputProps('address')} />
        <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
        {failure.alert}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            Close
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {department ? 'Save department' : 'Add department'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Lists the clinic's departments for admins, who add, edit and delete them here. */
export function DepartmentsPage() {
  const queryClient = useQueryClient();
  const departments = useDepartments();
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const remove = useMutation(
    trpc.departments.delete.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.departments.pathKey() }),
      onError: (error) => {
        notifications.show({
          color: 'red',
          title: 'The department was not deleted',
          message: messageOf(error),
        });
      },
    }),
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>Departments</Title>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => {
            setEditing('new');
          }}
        >
          Add department
        </Button>
      </Group>
      <QueryState query={departments} label="departments">
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState>No departments yet.</EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped aria-label="Departments">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">City</Table.Th>
                    <Table.Th scope="col">Address</Table.Th>
                    <Table.Th scope="col">Phone</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((department) => (
                    <Table.Tr key={department.id}>
                      <Table.Td>{department.name}</Table.Td>
                      <Table.Td>{department.city}</Table.Td>
                      <Table.Td>{department.address ?? '—'}</Table.Td>
                      <Table.Td>{department.phone ?? '—'}</Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end">
                          <ActionIcon
                            variant="subtle"
                            aria-label={`Edit ${department.name}`}
                            onClick={() => {
                              setEditing(department);
                            }}
                          >
                            <IconEdit size={16} />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`Delete ${department.name}`}
                            loading={remove.isPending && remove.variables.id === department.id}
                            onClick={() => {
                              if (window.confirm(`Delete the department ${department.name}?`)) {
                                remove.mutate({ id: department.id });
                              }
                            }}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => {
          setEditing(null);
        }}
        title={editing === 'new' ? 'Add department' : 'Edit department'}
      >
        {editing !== null && (
          <DepartmentForm
            department={editing === 'new' ? null : editing}
            onDone={() => {
              setEditing(null);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
