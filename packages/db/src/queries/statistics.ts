import { STATISTICS_BANDS, type BandKey, type BandRule } from '@medsys/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';

import type { DB } from '../schema';

type Scope = { clinicId: string };

export type DoctorStatisticsOptions = Scope & {
  doctorId: string;
  /** Inclusive start of the period, a UTC instant. */
  start: string;
  /** Exclusive end of the period, a UTC instant. */
  end: string;
  /** The clinic's IANA time zone, in which a visit's local date gives the client's age. */
  timeZone: string;
};

export type DoctorStatisticsCounts = {
  bands: Record<BandKey, number>;
  totalClients: number;
  visits: number;
};

/**
 * Counts one doctor's completed appointments that start in [start, end), in one query. Each
 * client counts once, in the band of their age on the local date of their first visit in the
 * period. Archived clients still count, because their visits took place.
 */
export async function countDoctorStatistics(
  db: Kysely<DB>,
  options: DoctorStatisticsOptions,
): Promise<DoctorStatisticsCounts> {
  const bandColumns = STATISTICS_BANDS.map(
    (_band, index) =>
      sql`count(*) filter (where band_index = ${sql.lit(index)})::int as ${sql.raw(bandColumn(index))}`,
  );

  // The local date comes from the clinic's zone, never the session's. The two middle steps are
  // materialized so that each client's date and age are computed once. Inlined, every branch of
  // the band CASE computed them again, and src/bench/statistics-bench.ts ran several times slower.
  const result = await sql<Record<string, unknown>>`
    with visits_by_client as (
      select client_id, min(starts_at) as first_visit_at, count(*) as visit_count
      from appointments
      where clinic_id = ${options.clinicId}
        and doctor_id = ${options.doctorId}
        and status = 'completed'
        and starts_at >= ${options.start}::timestamptz
        and starts_at < ${options.end}::timestamptz
      group by client_id
    ),
    first_visit_dates as materialized (
      select
        visits_by_client.visit_count,
        clients.sex,
        clients.is_disabled,
        clients.birth_date,
        (visits_by_client.first_visit_at at time zone ${options.timeZone})::date as visit_date
      from visits_by_client
      join clients
        on clients.clinic_id = ${options.clinicId}
        and clients.id = visits_by_client.client_id
    ),
    client_ages as materialized (
      select visit_count, sex, is_disabled, ${ageInCompletedYears()} as age
      from first_visit_dates
    ),
    client_bands as (
      select visit_count, ${bandIndexCase()} as band_index
      from client_ages
    )
    select
      ${sql.join(bandColumns)},
      count(*)::int as total_clients,
      coalesce(sum(visit_count), 0)::int as visits
    from client_bands
  `.execute(db);

  const row = result.rows[0];
  if (!row) {
    throw new Error('the statistics query returned no row');
  }

  return toCounts(row);
}

/**
 * Age in completed years from calendar parts, as `ageOn` computes it: the difference in years,
 * minus one while (month, day) of the visit comes before (month, day) of birth, and never below 0.
 * So a 29 February birthday is reached on 1 March in common years.
 */
function ageInCompletedYears(): RawBuilder<number> {
  return sql<number>`greatest(
    extract(year from visit_date)::int - extract(year from birth_date)::int
      - case
          when (extract(month from visit_date), extract(day from visit_date))
            < (extract(month from birth_date), extract(day from birth_date))
          then 1
          else 0
        end,
    0
  )`;
}

/** Builds a CASE that returns the index of the first matching band in `STATISTICS_BANDS`. */
function bandIndexCase(): RawBuilder<number> {
  const branches = STATISTICS_BANDS.map(
    (band, index) => sql`when ${bandCondition(band)} then ${sql.lit(index)}`,
  );

  return sql<number>`case ${sql.join(branches, sql` `)} end`;
}

function bandCondition(band: Readonly<BandRule>): RawBuilder<boolean> {
  const conditions: RawBuilder<unknown>[] = [sql`age >= ${sql.lit(band.minAge)}`];

  if (band.maxAge !== null) {
    conditions.push(sql`age <= ${sql.lit(band.maxAge)}`);
  }

  if (band.isDisabled !== null) {
    conditions.push(sql`is_disabled = ${sql.lit(band.isDisabled)}`);
  }

  if (band.sexes !== null) {
    conditions.push(sql`sex in (${sql.join(band.sexes.map((sex) => sql.lit(sex)))})`);
  }

  return sql<boolean>`(${sql.join(conditions, sql` and `)})`;
}

// Lower-case names without underscores pass the camel-case plugin unchanged.
function bandColumn(index: number): string {
  return `band${index}`;
}

/** Reads one count, which the query casts to `int` so that both drivers return a number. */
function readCount(row: Record<string, unknown>, column: string): number {
  const value = row[column];
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new Error(`statistics column ${column} is ${JSON.stringify(value)}, expected an integer`);
  }

  return value;
}

function toCounts(row: Record<string, unknown>): DoctorStatisticsCounts {
  const bands = {} as Record<BandKey, number>;
  let bandTotal = 0;

  STATISTICS_BANDS.forEach((band, index) => {
    const count = readCount(row, bandColumn(index));
    bands[band.key] = count;
    bandTotal += count;
  });

  const totalClients = readCount(row, 'totalClients');
  if (bandTotal !== totalClients) {
    throw new Error(
      `statistics bands count ${bandTotal} clients but the total is ${totalClients}: STATISTICS_BANDS leaves an age uncovered`,
    );
  }

  return { bands, totalClients, visits: readCount(row, 'visits') };
}
