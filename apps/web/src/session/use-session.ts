import type { Clinic, Member } from '@medsys/domain';
import { isAllowed, type Action, type Resource } from '@medsys/domain';
import { useSuspenseQuery } from '@tanstack/react-query';

import { trpc } from '../api/trpc';

export type SessionInfo = {
  member: Member;
  clinic: Clinic;
  /** Tells whether the permission table lets the member do this; `isOwn` as in the API. */
  can: (action: Action, resource: Resource, isOwn?: boolean) => boolean;
};

/**
 * Returns the signed-in member and their clinic. The route around every page behind sign-in
 * has loaded both already, so the hook never suspends there.
 */
export function useSession(): SessionInfo {
  const { data } = useSuspenseQuery(trpc.auth.me.queryOptions());

  return {
    member: data.member,
    clinic: data.clinic,
    can: (action, resource, isOwn = false) => isAllowed(data.member.role, action, resource, isOwn),
  };
}
