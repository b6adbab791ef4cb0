import { z } from 'zod';

import { clinicSchema } from './clinic';
import { currencySchema, idSchema, instantOutput, requiredText, timeZoneSchema } from './common';
import {
  emailSchema,
  memberProfileInput,
  memberSchema,
  passwordSchema,
  roleSchema,
} from './member';

export const signUpClinicInput = z.object({
  clinic: z.object({
    name: requiredText(200),
    timeZone: timeZoneSchema,
    currency: currencySchema,
  }),
  admin: memberProfileInput.pick({ fullName: true, phone: true }).extend({
    email: emailSchema,
    password: passwordSchema,
  }),
});
export type SignUpClinicInput = z.infer<typeof signUpClinicInput>;

export const acceptInvitationInput = memberProfileInput.extend({
  code: requiredText(100),
  email: emailSchema,
  password: passwordSchema,
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'must not be empty' }).max(200),
  /** Needed only when the same email and password open accounts in several clinics. */
  clinicId: idSchema.optional(),
});
export type SignInInput = z.infer<typeof signInInput>;

/** A new session: the token is shown once and only its hash is stored. */
export const sessionTokenSchema = z.object({
  token: z.string(),
  expiresAt: instantOutput,
  member: memberSchema,
  clinic: clinicSchema,
});
export type SessionToken = z.infer<typeof sessionTokenSchema>;

export const whoAmISchema = z.object({ member: memberSchema, clinic: clinicSchema });

export const authSessionSchema = z.object({
  id: z.string(),
  createdAt: instantOutput,
  expiresAt: instantOutput,
  userAgent: z.string().nullable(),
  isCurrent: z.boolean(),
});
export type AuthSession = z.infer<typeof authSessionSchema>;

export const revokeSessionInput = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a session id' }),
});

export const INVITATION_TTL_DAYS = 7;

export const invitationSchema = z.object({
  id: idSchema,
  email: z.string(),
  role: roleSchema,
  invitedBy: idSchema,
  expiresAt: instantOutput,
  acceptedAt: instantOutput.nullable(),
  acceptedMemberId: idSchema.nullable(),
  revokedAt: instantOutput.nullable(),
  createdAt: instantOutput,
});
export type Invitation = z.infer<typeof invitationSchema>;

export const createInvitationInput = z.object({
  email: emailSchema,
  role: roleSchema,
  expiresInDays: z.number().int().min(1).max(30).default(INVITATION_TTL_DAYS),
});
export type CreateInvitationInput = z.infer<typeof createInvitationInput>;

/** The code is returned once, when the invitation is created. */
export const issuedInvitationSchema = z.object({ invitation: invitationSchema, code: z.string() });
