import type { Department, Member } from '@medsys/domain';
import { MAX_PAGE_SIZE } from '@medsys/domain';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { trpc } from './trpc';

/**
 * Lookups that turn the ids in appointments and results into names. Doctors and departments
 * come in one page of the maximum size.
 * NOTE: a clinic with more than 100 active doctors or departments shows only the first 100 here.
 */

export function useDoctors() {
  return useQuery(
    trpc.members.list.queryOptions({ role: 'doctor', limit: MAX_PAGE_SIZE }, { staleTime: 60_000 }),
  );
}

export function useDepartments() {
  return useQuery(
    trpc.departments.list.queryOptions({ limit: MAX_PAGE_SIZE }, { staleTime: 60_000 }),
  );
}

export function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.id, item]));
}

export function useDoctorMap(): Map<string, Member> {
  const doctors = useDoctors();

  return useMemo(() => byId(doctors.data?.items), [doctors.data]);
}

export function useDepartmentMap(): Map<string, Department> {
  const departments = useDepartments();

  return useMemo(() => byId(departments.data?.items), [departments.data]);
}

/**
 * Returns the names of the given clients. The API has no call that reads many clients by id, so
 * each is read on its own. The HTTP link sends the reads of one render in batched requests.
 */
export function useClientNames(clientIds: readonly string[]): Map<string, string> {
  const uniqueIds = useMemo(() => [...new Set(clientIds)].sort(), [clientIds]);
  const results = useQueries({
    queries: uniqueIds.map((id) => trpc.clients.get.queryOptions({ id }, { staleTime: 60_000 })),
  });

  return useMemo(() => {
    const names = new Map<string, string>();

    results.forEach((result, index) => {
      const id = uniqueIds[index];

      if (id !== undefined && result.data) {
        names.set(id, result.data.fullName);
      }
    });

    return names;
  }, [results, uniqueIds]);
}
