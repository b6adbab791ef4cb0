import { z } from 'zod';

import { currencySchema, idSchema, instantOutput, requiredText, timeZoneSchema } from './common';

export const clinicSchema = z.object({
  id: idSchema,
  name: z.string(),
  timeZone: z.string(),
  currency: z.string(),
  createdAt: instantOutput,
  updatedAt: instantOutput,
});
export type Clinic = z.infer<typeof clinicSchema>;

export const updateClinicInput = z.object({
  name: requiredText(200).optional(),
  timeZone: timeZoneSchema.optional(),
  currency: currencySchema.optional(),
});
export type UpdateClinicInput = z.infer<typeof updateClinicInput>;
