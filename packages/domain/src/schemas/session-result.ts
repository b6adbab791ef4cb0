import { z } from 'zod';

import { checkPeriod } from './appointment';
import {
  byIdSchema,
  idSchema,
  instantOutput,
  instantSchema,
  minorUnitsSchema,
  optionalText,
  pageInputSchema,
  pageOf,
} from './common';

export const PAYMENT_STATUSES = ['unpaid', 'partial', 'paid', 'waived'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const paymentStatusSchema = z.enum(PAYMENT_STATUSES, {
  error: `must be one of ${PAYMENT_STATUSES.join(', ')}`,
});

/** An ICD-10 code such as J06.9 or A09, also checked by the database. */
const ICD10_PATTERN = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;

/** An optional ICD-10 code, uppercased. Blank input or null clears it. */
export const diagnosisCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => code === '' || ICD10_PATTERN.test(code), {
    error: (issue) => `"${String(issue.input)}" is not an ICD-10 code such as J06.9 or A09`,
  })
  .nullish()
  .transform((code) => (code === '' ? null : code));

/** Clinical text fields. On update a field left out is unchanged, and null or blank clears it. */
export const clinicalPartInput = z.object({
  complaints: optionalText(5000),
  examination: optionalText(5000),
  diagnosis: optionalText(2000),
  diagnosisCode: diagnosisCodeSchema,
  treatment: optionalText(5000),
  recommendations: optionalText(5000),
});
export type ClinicalPartInput = z.infer<typeof clinicalPartInput>;

/** A clinical part that records a visit must contain some text, because an empty one would complete the visit blindly. */
const recordedClinicalPart = clinicalPartInput.refine(
  (part) => Object.values(part).some((value) => typeof value === 'string' && value !== ''),
  {
    error:
      'fill in at least one of complaints, examination, diagnosis, diagnosisCode, treatment, recommendations',
  },
);

const paymentShape = {
  priceMinor: minorUnitsSchema,
  paidMinor: minorUnitsSchema,
  paymentStatus: paymentStatusSchema,
};

type PaymentPart = { priceMinor: number; paidMinor: number; paymentStatus: PaymentStatus };

/** Tells why the paid amount does not fit the payment status, or returns undefined if it does. */
function describePaymentMismatch(payment: PaymentPart): string | undefined {
  const { priceMinor, paidMinor, paymentStatus } = payment;

  switch (paymentStatus) {
    case 'unpaid':
      return paidMinor === 0
        ? undefined
        : `must be 0 when paymentStatus is unpaid, not ${paidMinor}`;
    case 'partial':
      return paidMinor > 0 && paidMinor < priceMinor
        ? undefined
        : `must be more than 0 and less than priceMinor ${priceMinor} ` +
            `when paymentStatus is partial, not ${paidMinor}`;
    case 'paid':
      return paidMinor === priceMinor
        ? undefined
        : `must equal priceMinor ${priceMinor} when paymentStatus is paid, not ${paidMinor}`;
    case 'waived':
      return undefined;
  }
}

/** Applies the rule of the database check `session_results_payment`, reported on `paidMinor`. */
function checkPayment(context: z.core.ParsePayload<PaymentPart>): void {
  const message = describePaymentMismatch(context.value);

  if (message) {
    context.issues.push({
      code: 'custom',
      path: ['paidMinor'],
      message,
      input: context.value.paidMinor,
    });
  }
}

/** Price and amount paid in minor units of the clinic's currency, with the payment status. */
export const paymentPartInput = z.object(paymentShape).check(checkPayment);
export type PaymentPartInput = z.infer<typeof paymentPartInput>;

export const recordSessionResultInput = z
  .object({
    appointmentId: idSchema,
    clinical: recordedClinicalPart.optional(),
    payment: paymentPartInput.optional(),
  })
  .refine((input) => input.clinical !== undefined || input.payment !== undefined, {
    path: ['clinical'],
    error: 'give the clinical part, the payment part or both',
  });
export type RecordSessionResultInput = z.infer<typeof recordSessionResultInput>;

export const byAppointmentIdSchema = z.object({ appointmentId: idSchema });

export const updateClinicalInput = byIdSchema.extend(clinicalPartInput.shape);
export type UpdateClinicalInput = z.infer<typeof updateClinicalInput>;

/** Replaces the whole payment part, because the status must fit both amounts. */
export const updatePaymentInput = byIdSchema.extend(paymentShape).check(checkPayment);
export type UpdatePaymentInput = z.infer<typeof updatePaymentInput>;

const sessionResultFilters = {
  doctorId: idSchema.optional(),
  clientId: idSchema.optional(),
  /** With `to`, selects the visits that start in [from, to). */
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  /** A code or its start, e.g. J06 for J06 and J06.9. */
  diagnosisCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][0-9A-Z.]{0,7}$/, { error: 'must be the start of an ICD-10 code, e.g. J06' })
    .optional(),
  paymentStatus: paymentStatusSchema.optional(),
};

export const listSessionResultsInput = pageInputSchema
  .extend(sessionResultFilters)
  .check(checkPeriod);
export type ListSessionResultsInput = z.infer<typeof listSessionResultsInput>;

export const sessionResultTotalsInput = z.object(sessionResultFilters).check(checkPeriod);
export type SessionResultTotalsInput = z.infer<typeof sessionResultTotalsInput>;

export const sessionResultSchema = z.object({
  id: idSchema,
  appointmentId: idSchema,
  doctorId: idSchema,
  clientId: idSchema,
  visitStartsAt: instantOutput,
  complaints: z.string().nullable(),
  examination: z.string().nullable(),
  diagnosis: z.string().nullable(),
  diagnosisCode: z.string().nullable(),
  treatment: z.string().nullable(),
  recommendations: z.string().nullable(),
  priceMinor: z.number().int(),
  paidMinor: z.number().int(),
  paymentStatus: paymentStatusSchema,
  recordedBy: idSchema,
  createdAt: instantOutput,
  updatedAt: instantOutput,
});
export type SessionResult = z.infer<typeof sessionResultSchema>;

export const sessionResultPageSchema = pageOf(sessionResultSchema);

/** The number of matching results and the sums of their amounts, in minor units. */
export const sessionResultTotalsSchema = z.object({
  count: z.number().int(),
  priceMinor: z.number().int(),
  paidMinor: z.number().int(),
});
export type SessionResultTotals = z.infer<typeof sessionResultTotalsSchema>;
