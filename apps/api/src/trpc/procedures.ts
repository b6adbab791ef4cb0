import { findMember, withClinic } from '@medsys/db';
import {
  AppError,
  badField,
  forbidden,
  isAllowed,
  type Action,
  type Resource,
  type Role,
} from '@medsys/domain';

import { toTRPCError } from './errors';
import { t } from './init';
import { findNulCharacter } from './nul-characters';

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure starts here, so every failure leaves as one of our error codes. */
export const publicProcedure = t.procedure
  .use(async ({ next }) => {
    const result = await next();

    if (!result.ok) {
      throw toTRPCError(result.error);
    }

    return result;
  })
  .use(async ({ next, getRawInput }) => {
    const field = findNulCharacter(await getRawInput());

    if (field !== undefined) {
      throw badField(field, 'must not contain the NUL character (U+0000)');
    }

    return next();
  });

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) {
    const message = ctx.hasStaleToken
      ? 'your session has expired or was revoked; sign in again'
      : 'sign in first: send a session token as Authorization: Bearer, or the session cookie';

    throw new AppError('UNAUTHORIZED', message);
  }

  return next({ ctx: { session: ctx.session } });
});

/**
 * Runs a signed-in member's procedure in one transaction as the app role, with row-level security
 * set to the member's clinic, so a failure anywhere rolls back all of its writes.
 */
export const memberProcedure = authedProcedure.use(({ ctx, next }) => {
  const clinicId = ctx.session.clinicId;

  return withClinic(ctx.db, clinicId, async (trx) => {
    const member = await findMember(trx, { clinicId, id: ctx.session.accountId });

    if (!member || member.archivedAt !== null) {
      throw new AppError('UNAUTHORIZED', 'your membership of this clinic is archived');
    }

    const result = await next({ ctx: { db: trx, clinicId, member } });

    // A failed procedure comes back as a result, not an exception; throwing its error rolls the
    // transaction back, and the first middleware maps it.
    if (!result.ok) {
      throw result.error;
    }

    return result;
  });
});

/** Throws FORBIDDEN unless the permission table lets the role do this. */
export function authorize(
  member: { role: Role },
  action: Action,
  resource: Resource,
  isOwn = false,
): void {
  if (!isAllowed(member.role, action, resource, isOwn)) {
    throw forbidden(`${action} ${describeResource(resource)}`);
  }
}

function describeResource(resource: Resource): string {
  const names: Record<Resource, string> = {
    clinicSettings: 'clinic settings',
    departments: 'departments',
    members: 'members',
    invitations: 'invitations',
    clients: 'clients',
    appointments: 'these appointments',
    clinicalResults: 'the clinical part of this session result',
    paymentResults: 'the payment part of session results',
    statistics: 'these statistics',
  };

  return names[resource];
}
