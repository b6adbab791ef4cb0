import { Stack, Title } from '@mantine/core';
import { createClientInput } from '@medsys/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';

import { trpc } from '../../api/trpc';
import { EMPTY_CLIENT_FORM, toCreateClientInput } from '../../lib/client-form';
import { ClientForm } from './client-form';

export function NewClientPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.clients.create.mutationOptions());

  return (
    <Stack gap="md">
      <Title order={1}>New client</Title>
      <ClientForm
        initialValues={EMPTY_CLIENT_FORM}
        schema={createClientInput}
        toInput={toCreateClientInput}
        submitLabel="Create client"
        isSubmitting={create.isPending}
        onSubmit={(input, handleError) => {
          create.mutate(input, {
            onSuccess: (client) => {
              void queryClient.invalidateQueries({ queryKey: trpc.clients.pathKey() });
              void navigate({ to: '/clients/$clientId', params: { clientId: client.id } });
            },
            onError: handleError,
          });
        }}
        onCancel={() => void navigate({ to: '/clients' })}
      />
    </Stack>
  );
}
