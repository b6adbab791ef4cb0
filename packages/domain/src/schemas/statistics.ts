import { z } from 'zod';

import {
  BAND_KEYS,
  ISO_WEEK_LABEL_PATTERN,
  MONTH_LABEL_PATTERN,
  parseIsoWeekLabel,
  parseMonthLabel,
} from '../statistics';
import { idSchema } from './common';

// Reports cover the years 1900 to 2999, so a mistyped year fails here. The range also keeps every
// period bound in a form PostgreSQL reads: the end of a period in year 9999 falls in year 10000.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

const YEAR_RANGE_MESSAGE = `the year must be from ${FIRST_YEAR} to ${LAST_YEAR}`;

function isReportYear(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** A calendar month label 'YYYY-MM' in the clinic's time zone. */
export const monthLabelSchema = z
  .string({ error: 'must be a month as YYYY-MM, such as 2025-04' })
  .trim()
  .superRefine((label, ctx) => {
    if (!MONTH_LABEL_PATTERN.test(label)) {
      ctx.addIssue({
        code: 'custom',
        input: label,
        message: `must be a month as YYYY-MM, such as 2025-04, not "${label}"`,
      });

      return;
    }

    if (!isReportYear(parseMonthLabel(label).year)) {
      ctx.addIssue({
        code: 'custom',
        input: label,
        message: `${YEAR_RANGE_MESSAGE}, not "${label}"`,
      });
    }
  });

/** An ISO week label 'YYYY-Www', where YYYY is the ISO week-year. */
export const isoWeekLabelSchema = z
  .string({ error: 'must be an ISO week as YYYY-Www, such as 2025-W13' })
  .trim()
  .superRefine((label, ctx) => {
    if (!ISO_WEEK_LABEL_PATTERN.test(label)) {
      ctx.addIssue({
        code: 'custom',
        input: label,
        message: `must be an ISO week as YYYY-Www, such as 2025-W13, not "${label}"`,
      });

      return;
    }

    let weekYear: number;
    try {
      weekYear = parseIsoWeekLabel(label).weekYear;
    } catch {
      // The pattern admits week 53 of every year, so the parser rejects only a missing week 53.
      ctx.addIssue({
        code: 'custom',
        input: label,
        message: `must be an existing ISO week, not "${label}": ISO week-year ${label.slice(0, 4)} has 52 weeks`,
      });

      return;
    }

    if (!isReportYear(weekYear)) {
      ctx.addIssue({
        code: 'custom',
        input: label,
        message: `${YEAR_RANGE_MESSAGE}, not "${label}"`,
      });
    }
  });

/**
 * Input of `stats.doctorMonthly`. Without `doctorId`, a doctor gets their own statistics, while
 * admins and staff must name a doctor. Without `month`, the current month in the clinic's time
 * zone is counted.
 */
export const doctorMonthlyInput = z.object({
  doctorId: idSchema.optional(),
  month: monthLabelSchema.optional(),
});
export type DoctorMonthlyInput = z.infer<typeof doctorMonthlyInput>;

/** Input of `stats.doctorWeekly`, read like `doctorMonthlyInput` with an ISO week. */
export const doctorWeeklyInput = z.object({
  doctorId: idSchema.optional(),
  week: isoWeekLabelSchema.optional(),
});
export type DoctorWeeklyInput = z.infer<typeof doctorWeeklyInput>;

const countSchema = z.number().int().min(0);

/** Clients per band. Every band key is present, with 0 for an empty band. */
export const bandCountsSchema = z.record(z.enum(BAND_KEYS), countSchema);

/** A reporting period. `start` is inclusive and `end` exclusive, both UTC instants. */
export const statisticsPeriodSchema = z.object({
  kind: z.enum(['month', 'week']),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  timeZone: z.string(),
});

/**
 * One doctor's statistics for one period. Each band counts distinct clients, so the bands add up
 * to `totalClients`. `visits` counts the completed appointments themselves.
 */
export const doctorStatisticsSchema = z.object({
  doctorId: idSchema,
  period: statisticsPeriodSchema,
  bands: bandCountsSchema,
  totalClients: countSchema,
  visits: countSchema,
});
export type DoctorStatistics = z.infer<typeof doctorStatisticsSchema>;
