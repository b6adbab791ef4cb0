import { z } from 'zod';

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

export const departmentSchema = z.object({
  id: idSchema,
  name: z.string(),
  city: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: instantOutput,
  updatedAt: instantOutput,
});
export type Department = z.infer<typeof departmentSchema>;

export const createDepartmentInput = z.object({
  name: requiredText(200),
  city: requiredText(100),
  address: optionalText(300),
  phone: phoneSchema,
});
export type CreateDepartmentInput = z.infer<typeof createDepartmentInput>;

export const updateDepartmentInput = byIdSchema.extend(createDepartmentInput.partial().shape);
export type UpdateDepartmentInput = z.infer<typeof updateDepartmentInput>;

export const listDepartmentsInput = pageInputSchema.extend({
  city: z.string().trim().max(100).optional(),
  search: z.string().trim().max(100).optional(),
});
export type ListDepartmentsInput = z.infer<typeof listDepartmentsInput>;

export const departmentPageSchema = pageOf(departmentSchema);
