import type { Appointment, ListAppointmentsInput } from '@medsys/domain';
import { MAX_PAGE_SIZE } from '@medsys/domain';
import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';

import { messageOf } from './errors';
import { trpc, trpcClient } from './trpc';

type AppointmentFilters = Omit<ListAppointmentsInput, 'cursor' | 'limit'>;

/** Stops a runaway loop; at the maximum page size this is 2,000 appointments. */
const MAX_PAGES = 20;

const ALL_PAGES = 'all-pages';

/** Returns the key prefix of every appointment list read with `useAllAppointments`. */
function allPagesKey(filters?: AppointmentFilters): QueryKey {
  const [path] = trpc.appointments.list.pathKey();

  return filters === undefined
    ? [path, { type: ALL_PAGES }]
    : [path, { input: filters, type: ALL_PAGES }];
}

/**
 * Reads every appointment that matches, page after page, for views that show a whole day or
 * week at once. The key starts with the tRPC path, so invalidating `appointments` refreshes it.
 * NOTE: stops after 20 pages of 100; a busier range shows only its first 2,000 appointments.
 */
export function useAllAppointments(
  filters: AppointmentFilters,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: allPagesKey(filters),
    enabled: options.enabled ?? true,
    queryFn: async ({ signal }) => {
      const appointments: Appointment[] = [];
      let cursor: string | null = null;

      for (let page = 0; page < MAX_PAGES; page += 1) {
        const result = await trpcClient.appointments.list.query(
          { ...filters, cursor, limit: MAX_PAGE_SIZE },
          { signal },
        );
        appointments.push(...result.items);
        cursor = result.nextCursor;

        if (cursor === null) {
          break;
        }
      }

      return appointments;
    },
  });
}

export type StatusAction = 'arrive' | 'complete' | 'markNoShow';

const NEXT_STATUS = {
  arrive: 'arrived',
  complete: 'completed',
  markNoShow: 'no_show',
} as const satisfies Record<StatusAction, Appointment['status']>;

const ACTION_VERBS: Record<StatusAction, string> = {
  arrive: 'mark as arrived',
  complete: 'mark as completed',
  markNoShow: 'mark as no-show',
};

type StatusVariables = { id: string; action: StatusAction };

function changeStatus({ id, action }: StatusVariables): Promise<Appointment> {
  switch (action) {
    case 'arrive':
      return trpcClient.appointments.arrive.mutate({ id });
    case 'complete':
      return trpcClient.appointments.complete.mutate({ id });
    case 'markNoShow':
      return trpcClient.appointments.markNoShow.mutate({ id });
  }
}

/**
 * Changes an appointment's status at once in every list on screen, then on the server. When
 * the server rejects the change, the lists are rolled back and a notification shows the reason.
 */
export function useStatusChange() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: changeStatus,
    onMutate: async ({ id, action }) => {
      const filter = { queryKey: allPagesKey() };
      await queryClient.cancelQueries(filter);
      const snapshot = queryClient.getQueriesData<Appointment[]>(filter);

      queryClient.setQueriesData<Appointment[]>(filter, (appointments) =>
        appointments?.map((appointment) =>
          appointment.id === id ? { ...appointment, status: NEXT_STATUS[action] } : appointment,
        ),
      );

      return { snapshot };
    },
    onError: (error, { action }, context) => {
      for (const [key, data] of context?.snapshot ?? []) {
        queryClient.setQueryData(key, data);
      }

      notifications.show({
        color: 'red',
        title: `Could not ${ACTION_VERBS[action]}; the change was undone`,
        message: messageOf(error),
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() }),
  });
}
