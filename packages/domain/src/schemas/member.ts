import { z } from 'zod';

import { ROLES } from '../permissions';
import {
  byIdSchema,
  idSchema,
  instantOutput,
  optionalText,
  pageInputSchema,
  pageOf,
  phoneSchema,
  requiredText,
} from './common';

export const roleSchema = z.enum(ROLES, { error: 'must be one of admin, doctor, staff' });

export const emailSchema = z
  .string()
  .trim()
  .max(254, { error: 'must be at most 254 characters' })
  .pipe(z.email({ error: 'must be an email address' }));

export const passwordSchema = z
  .string()
  .min(10, { error: 'must be at least 10 characters' })
  .max(200, { error: 'must be at most 200 characters' });

export const memberSchema = z.object({
  id: idSchema,
  role: roleSchema,
  fullName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  specialty: z.string().nullable(),
  departmentId: idSchema.nullable(),
  archivedAt: instantOutput.nullable(),
  createdAt: instantOutput,
  updatedAt: instantOutput,
});
export type Member = z.infer<typeof memberSchema>;

/** A person's own details, given when they sign up. */
export const memberProfileInput = z.object({
  fullName: requiredText(200),
  phone: phoneSchema,
  specialty: optionalText(100),
  departmentId: idSchema.nullish(),
});

export const updateMemberInput = byIdSchema.extend({
  fullName: requiredText(200).optional(),
  phone: phoneSchema,
  specialty: optionalText(100),
  departmentId: idSchema.nullish(),
});
export type UpdateMemberInput = z.infer<typeof updateMemberInput>;

export const listMembersInput = pageInputSchema.extend({
  role: roleSchema.optional(),
  departmentId: idSchema.optional(),
  specialty: z.string().trim().max(100).optional(),
  search: z.string().trim().max(100).optional(),
  isArchived: z.boolean().default(false),
});
export type ListMembersInput = z.infer<typeof listMembersInput>;

export const memberPageSchema = pageOf(memberSchema);
