import type { DB } from '@medsys/db';
import { countDoctorStatistics, findMember, getClinic } from '@medsys/db';
import {
  accessOf,
  badField,
  currentIsoWeekLabel,
  currentMonthLabel,
  doctorMonthlyInput,
  doctorStatisticsSchema,
  doctorWeeklyInput,
  isoWeekPeriod,
  monthPeriod,
  notFound,
  type DoctorStatistics,
  type Member,
  type StatisticsPeriod,
} from '@medsys/domain';
import type { Kysely } from 'kysely';

import { authorize, memberProcedure, router } from '../trpc/procedures';

type StatisticsContext = { db: Kysely<DB>; clinicId: string; member: Member };

/** Builds the period from its label, or from the current one when the label is omitted. */
type PeriodOf = (label: string | undefined, timeZone: string) => StatisticsPeriod;

const monthOf: PeriodOf = (label, timeZone) =>
  monthPeriod(label ?? currentMonthLabel(timeZone, new Date()), timeZone);

const isoWeekOf: PeriodOf = (label, timeZone) =>
  isoWeekPeriod(label ?? currentIsoWeekLabel(timeZone, new Date()), timeZone);

/**
 * Finds the doctor whose statistics are requested. Without `doctorId`, a doctor gets their own
 * statistics, and admins and staff get BAD_REQUEST. An unknown id, another clinic's id and the id
 * of a member who is not a doctor all raise the same NOT_FOUND, so the error reveals nothing about
 * other clinics. Archived doctors are found, because their past periods are still reported.
 */
async function findRequestedDoctor(
  ctx: StatisticsContext,
  doctorId: string | undefined,
): Promise<Member> {
  const isOwnOnly = accessOf(ctx.member.role, 'read', 'statistics') === 'own';
  const requestedId = doctorId ?? (isOwnOnly ? ctx.member.id : undefined);

  if (requestedId === undefined) {
    throw badField('doctorId', 'is required: name the doctor whose statistics to count');
  }

  const doctor = await findMember(ctx.db, { clinicId: ctx.clinicId, id: requestedId });

  if (doctor?.role !== 'doctor') {
    throw notFound('doctor');
  }

  return doctor;
}

async function countStatistics(
  ctx: StatisticsContext,
  request: { doctorId: string | undefined; label: string | undefined; periodOf: PeriodOf },
): Promise<DoctorStatistics> {
  const doctor = await findRequestedDoctor(ctx, request.doctorId);
  authorize(ctx.member, 'read', 'statistics', doctor.id === ctx.member.id);

  const { timeZone } = await getClinic(ctx.db, { clinicId: ctx.clinicId });
  const period = request.periodOf(request.label, timeZone);

  const counts = await countDoctorStatistics(ctx.db, {
    clinicId: ctx.clinicId,
    doctorId: doctor.id,
    start: period.start,
    end: period.end,
    timeZone,
  });

  return { doctorId: doctor.id, period: { ...period, timeZone }, ...counts };
}

export const statsRouter = router({
  doctorMonthly: memberProcedure
    .input(doctorMonthlyInput)
    .output(doctorStatisticsSchema)
    .query(({ ctx, input }) =>
      countStatistics(ctx, { doctorId: input.doctorId, label: input.month, periodOf: monthOf }),
    ),

  doctorWeekly: memberProcedure
    .input(doctorWeeklyInput)
    .output(doctorStatisticsSchema)
    .query(({ ctx, input }) =>
      countStatistics(ctx, { doctorId: input.doctorId, label: input.week, periodOf: isoWeekOf }),
    ),
});
