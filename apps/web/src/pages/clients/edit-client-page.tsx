import { Stack, Title } from '@mantine/core';
import { updateClientInput } from '@medsys/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';

import { trpc } from '../../api/trpc';
import { QueryState } from '../../components/query-state';
import { clientFormValuesOf, toUpdateClientInput } from '../../lib/client-form';
import { ClientForm } from './client-form';

const route = getRouteApi('/app/clients/$clientId/edit');

export function EditClientPage() {
  const { clientId } = route.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const client = useQuery(trpc.clients.get.queryOptions({ id: clientId }));
  const update = useMutation(trpc.clients.update.mutationOptions());
  const openClient = () => navigate({ to: '/clients/$clientId', params: { clientId } });

  return (
    <Stack gap="md">
      <Title order={1}>Edit client</Title>
      <QueryState query={client} label="the client">
        {(loaded) => (
          <ClientForm
            initialValues={clientFormValuesOf(loaded)}
            schema={updateClientInput}
            toInput={(values) => toUpdateClientInput(clientId, values)}
            submitLabel="Save changes"
            isSubmitting={update.isPending}
            onSubmit={(input, handleError) => {
              update.mutate(input, {
                onSuccess: () => {
                  void queryClient.invalidateQueries({ queryKey: trpc.clients.pathKey() });
                  void openClient();
                },
                onError: handleError,
              });
            }}
            onCancel={() => void openClient()}
          />
        )}
      </QueryState>
    </Stack>
  );
}
