import {
  getClinic,
  unsafeAcceptInvitation,
  unsafeCreateClinicWithAdmin,
  withClinic,
} from '@medsys/db';
import type { AcceptInvitationInput, SessionToken, SignUpClinicInput } from '@medsys/domain';

import type { RequestContext } from '../trpc/context';
import { hashPassword } from './passwords';
import { startSession } from './start-session';
import { hashSecret } from './tokens';

/** Creates a clinic with its first admin, and signs the admin in. */
export async function signUpClinic(
  ctx: RequestContext,
  input: SignUpClinicInput,
): Promise<SessionToken> {
  const { password, ...admin } = input.admin;
  const created = await unsafeCreateClinicWithAdmin(ctx.db, {
    clinic: input.clinic,
    admin,
    passwordHash: await hashPassword(password),
  });

  return startSession(ctx, created);
}

/** Signs a doctor, staff member or admin up with an invitation code, and signs them in. */
export async function acceptInvitation(
  ctx: RequestContext,
  input: AcceptInvitationInput,
): Promise<SessionToken> {
  const { code, email, password, ...profile } = input;
  const { clinicId, member } = await unsafeAcceptInvitation(ctx.db, {
    codeHash: hashSecret(code),
    email,
    profile,
    passwordHash: await hashPassword(password),
  });
  const clinic = await withClinic(ctx.db, clinicId, (trx) => getClinic(trx, { clinicId }));

  return startSession(ctx, { clinic, member });
}
