import { randomUUID } from 'node:crypto';

import {
  BAND_KEYS,
  SEXES,
  ageOn,
  currentIsoWeekLabel,
  currentMonthLabel,
  emptyBandCounts,
  isoWeekPeriod,
  monthPeriod,
  tallyBands,
  type BandClient,
  type BandKey,
  type DoctorStatistics,
} from '@medsys/domain';
import { describe, expect, it } from 'vitest';

import { createTestClinic, type TestClinic } from '../test/clinic-factory';
import { expectTRPCError } from '../test/expect-error';
import { testServices } from '../test/services';
import {
  insertClient,
  insertClients,
  insertVisits,
  type ClientFixture,
  type VisitFixture,
} from '../test/visit-fixtures';

/** Band counts that are 0 except where given. */
function bandsWith(counts: Partial<Record<BandKey, number>>): Record<BandKey, number> {
  return { ...emptyBandCounts(), ...counts };
}

/** Converts a local Tashkent time, 'YYYY-MM-DDTHH:mm', to an instant with its UTC offset. */
function tashkent(localDateTime: string): string {
  return `${localDateTime}:00+05:00`;
}

function sumOfBands(statistics: DoctorStatistics): number {
  return Object.values(statistics.bands).reduce((sum, count) => sum + count, 0);
}

/** Checks the figures that matter, so a failure names the figure that differs. */
function expectFigures(
  statistics: DoctorStatistics,
  expected: { bands: Record<BandKey, number>; totalClients: number; visits: number },
): void {
  for (const key of BAND_KEYS) {
    expect(statistics.bands[key], `band ${key}`).toBe(expected.bands[key]);
  }
  expect(Object.keys(statistics.bands).sort()).toEqual([...BAND_KEYS].sort());
  expect(statistics.totalClients, 'totalClients').toBe(expected.totalClients);
  expect(statistics.visits, 'visits').toBe(expected.visits);
  expect(sumOfBands(statistics), 'sum of the bands').toBe(statistics.totalClients);
}

function expectAllNumbers(statistics: DoctorStatistics): void {
  for (const key of BAND_KEYS) {
    expect(typeof statistics.bands[key], `band ${key}`).toBe('number');
  }
  expect(typeof statistics.totalClients).toBe('number');
  expect(typeof statistics.visits).toBe('number');
}

/** Inserts clients given by name and returns their ids by the same names. */
async function insertNamedClients<Name extends string>(
  clinic: TestClinic,
  clients: Record<Name, ClientFixture>,
): Promise<Record<Name, string>> {
  const services = await testServices();
  const names = Object.keys(clients) as Name[];
  const ids = await insertClients(
    services,
    clinic,
    names.map((name) => clients[name]),
  );

  return Object.fromEntries(names.map((name, index) => [name, ids[index]])) as Record<Name, string>;
}

async function insertVisitList(clinic: TestClinic, visits: VisitFixture[]): Promise<void> {
  await insertVisits(await testServices(), clinic, visits);
}

const ZERO_FIGURES = { bands: emptyBandCounts(), totalClients: 0, visits: 0 };

describe('stats.doctorMonthly', () => {
  it('counts a hand-built month to the exact figure', async () => {
    const clinic = await createTestClinic(await testServices(), { timeZone: 'Asia/Tashkent' });
    const otherDoctor = await clinic.addMember('doctor', 'Bobur Doctor');
    const doctorId = clinic.doctor.member.id;

    const ids = await insertNamedClients(clinic, {
      infantGirl: { birthDate: '2024-06-01', sex: 'female' },
      boyDayBeforeFirstBirthday: { birthDate: '2024-03-04', sex: 'male' },
      boyOnFirstBirthday: { birthDate: '2024-03-05', sex: 'male' },
      boyDayBefore17: { birthDate: '2008-03-07', sex: 'male' },
      boyOn17thBirthday: { birthDate: '2008-03-07', sex: 'male' },
      boyOn18thBirthday: { birthDate: '2007-03-10', sex: 'male' },
      manOn19thBirthday: { birthDate: '2006-03-11', sex: 'male' },
      girlAged1: { birthDate: '2024-01-15', sex: 'female' },
      girlDayBefore19: { birthDate: '2006-03-14', sex: 'female' },
      womanOn19thBirthday: { birthDate: '2006-03-14', sex: 'female' },
      otherSexAged17: { birthDate: '2007-05-01', sex: 'other' },
      unknownSexAged1: { birthDate: '2023-12-01', sex: 'unknown' },
      unknownSexInfant: { birthDate: '2025-01-01', sex: 'unknown' },
      disabledInfant: { birthDate: '2024-12-01', sex: 'female', isDisabled: true },
      disabledBoyAged18: { birthDate: '2006-03-25', sex: 'male', isDisabled: true },
      disabledAdultOn19thBirthday: { birthDate: '2006-03-20', sex: 'other', isDisabled: true },
      girlSeenThreeTimes: { birthDate: '2015-03-08', sex: 'female' },
      leapDayBoy: { birthDate: '2008-02-29', sex: 'male' },
      cancelledOnly: { birthDate: '1990-05-05', sex: 'male' },
      noShowOnly: { birthDate: '1985-07-07', sex: 'female' },
      scheduledOnly: { birthDate: '2010-09-09', sex: 'female' },
      arrivedOnly: { birthDate: '2012-11-11', sex: 'male' },
      otherDoctorOnly: { birthDate: '2000-01-01', sex: 'female' },
    });

    await insertVisitList(clinic, [
      // Counted in March, one visit each unless noted.
      { clientId: ids.infantGirl, startsAt: tashkent('2025-03-03T09:00') },
      { clientId: ids.boyDayBeforeFirstBirthday, startsAt: tashkent('2025-03-03T10:00') },
      { clientId: ids.boyOnFirstBirthday, startsAt: tashkent('2025-03-05T09:00') },
      { clientId: ids.boyDayBefore17, startsAt: tashkent('2025-03-06T09:00') },
      { clientId: ids.boyOn17thBirthday, startsAt: tashkent('2025-03-07T09:00') },
      { clientId: ids.boyOn18thBirthday, startsAt: tashkent('2025-03-10T09:00') },
      { clientId: ids.manOn19thBirthday, startsAt: tashkent('2025-03-11T09:00') },
      { clientId: ids.girlAged1, startsAt: tashkent('2025-03-12T09:00') },
      { clientId: ids.girlDayBefore19, startsAt: tashkent('2025-03-13T09:00') },
      { clientId: ids.womanOn19thBirthday, startsAt: tashkent('2025-03-14T09:00') },
      // The last half hour of March, local time: a second visit of the same client.
      { clientId: ids.womanOn19thBirthday, startsAt: tashkent('2025-03-31T23:30') },
      { clientId: ids.otherSexAged17, startsAt: tashkent('2025-03-17T09:00') },
      { clientId: ids.unknownSexAged1, startsAt: tashkent('2025-03-18T09:00') },
      { clientId: ids.unknownSexInfant, startsAt: tashkent('2025-03-18T10:00') },
      { clientId: ids.disabledInfant, startsAt: tashkent('2025-03-19T11:00') },
      { clientId: ids.disabledBoyAged18, startsAt: tashkent('2025-03-24T09:00') },
      { clientId: ids.disabledAdultOn19thBirthday, startsAt: tashkent('2025-03-20T09:00') },
      { clientId: ids.girlSeenThreeTimes, startsAt: tashkent('2025-03-04T09:00') },
      { clientId: ids.girlSeenThreeTimes, startsAt: tashkent('2025-03-19T09:00') },
      { clientId: ids.girlSeenThreeTimes, startsAt: tashkent('2025-03-26T09:00') },
      // 28 February is before his birthday in a common year, 1 March is on it.
      { clientId: ids.leapDayBoy, startsAt: tashkent('2025-02-28T09:00') },
      { clientId: ids.leapDayBoy, startsAt: tashkent('2025-03-01T09:00') },

      // Not counted in March: outside the month, not completed, or another doctor's.
      { clientId: ids.girlSeenThreeTimes, startsAt: tashkent('2025-02-28T10:00') },
      { clientId: ids.infantGirl, startsAt: tashkent('2025-04-01T00:00') },
      { clientId: ids.infantGirl, startsAt: tashkent('2025-03-21T09:00'), status: 'cancelled' },
      { clientId: ids.cancelledOnly, startsAt: tashkent('2025-03-05T10:00'), status: 'cancelled' },
      { clientId: ids.noShowOnly, startsAt: tashkent('2025-03-06T10:00'), status: 'no_show' },
      { clientId: ids.scheduledOnly, startsAt: tashkent('2025-03-27T09:00'), status: 'scheduled' },
      { clientId: ids.arrivedOnly, startsAt: tashkent('2025-03-28T09:00'), status: 'arrived' },
      {
        clientId: ids.otherDoctorOnly,
        startsAt: tashkent('2025-03-10T09:00'),
        doctorId: otherDoctor.member.id,
      },
      {
        clientId: ids.manOn19thBirthday,
        startsAt: tashkent('2025-03-11T10:00'),
        doctorId: otherDoctor.member.id,
      },
    ]);

    const march = await clinic.admin.caller.stats.doctorMonthly({ doctorId, month: '2025-03' });

    expectFigures(march, {
      bands: {
        disabledChildren: 2,
        adults: 3,
        infants: 3,
        boys1to16: 2,
        boys17to18: 3,
        girls: 3,
        otherChildren: 2,
      },
      totalClients: 18,
      visits: 21,
    });
    expectAllNumbers(march);
    expect(march.doctorId).toBe(doctorId);
    expect(march.period).toEqual({
      kind: 'month',
      label: '2025-03',
      start: '2025-02-28T19:00:00.000Z',
      end: '2025-03-31T19:00:00.000Z',
      timeZone: 'Asia/Tashkent',
    });

    const february = await clinic.admin.caller.stats.doctorMonthly({ doctorId, month: '2025-02' });
    expectFigures(february, {
      bands: bandsWith({ boys1to16: 1, girls: 1 }),
      totalClients: 2,
      visits: 2,
    });

    const april = await clinic.admin.caller.stats.doctorMonthly({ doctorId, month: '2025-04' });
    expectFigures(april, { bands: bandsWith({ infants: 1 }), totalClients: 1, visits: 1 });

    const otherDoctorsMarch = await clinic.admin.caller.stats.doctorMonthly({
      doctorId: otherDoctor.member.id,
      month: '2025-03',
    });
    expectFigures(otherDoctorsMarch, {
      bands: bandsWith({ adults: 2 }),
      totalClients: 2,
      visits: 2,
    });
  });

  it('agrees with tallyBands on every sex, flag and boundary age', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services, { timeZone: 'Asia/Tashkent' });
    const clients: ClientFixture[] = [];
    const visitDates: string[] = [];
    const bandClients: BandClient[] = [];

    for (const sex of SEXES) {
      for (const isDisabled of [false, true]) {
        for (const age of [0, 1, 2, 16, 17, 18, 19, 20, 70]) {
          // Each age once on the birthday and once on the day before it.
          for (const daysToBirthday of [0, 1]) {
            const day = 3 + Math.floor(visitDates.length / 12);
            const visitDate = `2025-03-${String(day).padStart(2, '0')}`;
            const birthDate = `${2025 - age}-03-${String(day + daysToBirthday).padStart(2, '0')}`;

            clients.push({ birthDate, sex, isDisabled });
            visitDates.push(visitDate);
            bandClients.push({ sex, isDisabled, age: ageOn(birthDate, visitDate) });
          }
        }
      }
    }

    const clientIds = await insertClients(services, clinic, clients);
    await insertVisitList(
      clinic,
      clientIds.map((clientId, index) => {
        const hour = String(8 + (index % 12)).padStart(2, '0');

        return { clientId, startsAt: tashkent(`${visitDates[index] ?? ''}T${hour}:00`) };
      }),
    );

    const march = await clinic.doctor.caller.stats.doctorMonthly({ month: '2025-03' });

    expect(clients).toHaveLength(144);
    expectFigures(march, { bands: tallyBands(bandClients), totalClients: 144, visits: 144 });
  });

  it('gives a doctor without visits zeros as numbers', async () => {
    const clinic = await createTestClinic(await testServices());

    const statistics = await clinic.doctor.caller.stats.doctorMonthly({ month: '2025-03' });

    expectFigures(statistics, ZERO_FIGURES);
    expectAllNumbers(statistics);
    expect(JSON.parse(JSON.stringify(statistics))).toEqual(statistics);
  });

  it('counts a Tashkent visit at 21:30 UTC in the next month', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services, { timeZone: 'Asia/Tashkent' });
    // 19 on 1 April, the local date of the visit, but 18 on its UTC date.
    const clientId = await insertClient(services, clinic, { birthDate: '2006-04-01', sex: 'male' });
    await insertVisitList(clinic, [{ clientId, startsAt: '2025-03-31T21:30:00Z' }]);

    const march = await clinic.doctor.caller.stats.doctorMonthly({ month: '2025-03' });
    const april = await clinic.doctor.caller.stats.doctorMonthly({ month: '2025-04' });

    expectFigures(march, ZERO_FIGURES);
    expectFigures(april, { bands: bandsWith({ adults: 1 }), totalClients: 1, visits: 1 });
  });

  it('takes age on the local date in Los Angeles', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services, { timeZone: 'America/Los_Angeles' });
    const ids = await insertNamedClients(clinic, {
      // 19 on 1 April, which is still 31 March in Los Angeles at the visit.
      boyTurning19: { birthDate: '2006-04-01', sex: 'male' },
      girl: { birthDate: '2015-01-01', sex: 'female' },
    });
    await insertVisitList(clinic, [
      // 23:30 on 31 March, Pacific daylight time.
      { clientId: ids.boyTurning19, startsAt: '2025-04-01T06:30:00Z' },
      // 00:00 on 1 April, Pacific daylight time.
      { clientId: ids.girl, startsAt: '2025-04-01T07:00:00Z' },
    ]);

    const march = await clinic.doctor.caller.stats.doctorMonthly({ month: '2025-03' });
    const april = await clinic.doctor.caller.stats.doctorMonthly({ month: '2025-04' });

    expectFigures(march, { bands: bandsWith({ boys17to18: 1 }), totalClients: 1, visits: 1 });
    expect(march.period.start).toBe('2025-03-01T08:00:00.000Z');
    expect(march.period.end).toBe('2025-04-01T07:00:00.000Z');
    expectFigures(april, { bands: bandsWith({ girls: 1 }), totalClients: 1, visits: 1 });
  });

  it('takes age on the local date in Kiritimati', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services, { timeZone: 'Pacific/Kiritimati' });
    const ids = await insertNamedClients(clinic, {
      // 19 on 1 April, which has begun in Kiritimati (UTC+14) while UTC is still on 31 March.
      womanTurning19: { birthDate: '2006-04-01', sex: 'female' },
      boy: { birthDate: '2015-01-01', sex: 'male' },
    });
    await insertVisitList(clinic, [
      // 23:30 on 31 March, local time.
      { clientId: ids.boy, startsAt: '2025-03-31T09:30:00Z' },
      // 00:00 on 1 April, local time.
      { clientId: ids.womanTurning19, startsAt: '2025-03-31T10:00:00Z' },
    ]);

    const march = await clinic.doctor.caller.stats.doctorMonthly({ month: '2025-03' });
    const april = await clinic.doctor.caller.stats.doctorMonthly({ month: '2025-04' });

    expectFigures(march, { bands: bandsWith({ boys1to16: 1 }), totalClients: 1, visits: 1 });
    expectFigures(april, { bands: bandsWith({ adults: 1 }), totalClients: 1, visits: 1 });
    expect(april.period.start).toBe('2025-03-31T10:00:00.000Z');
  });

  it('takes age on the visit, not today', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services, { timeZone: 'Asia/Tashkent' });
    const ids = await insertNamedClients(clinic, {
      bornJune2006: { birthDate: '2006-06-15', sex: 'male' },
      born26March2007: { birthDate: '2007-03-26', sex: 'male' },
      born27March2007: { birthDate: '2007-03-27', sex: 'male' },
      born27March2008: { birthDate: '2008-03-27', sex: 'male' },
    });
    await insertVisitList(clinic, [
      { clientId: ids.bornJune2006, startsAt: tashkent('2023-06-10T09:00') },
      { clientId: ids.born26March2007, startsAt: tashkent('2025-03-26T09:00') },
      { clientId: ids.born27March2007, startsAt: tashkent('2025-03-26T10:00') },
      { clientId: ids.born27March2008, startsAt: tashkent('2025-03-26T11:00') },
    ]);

    const june2023 = await clinic.staff.caller.stats.doctorMonthly({
      doctorId: clinic.doctor.member.id,
      month: '2023-06',
    });
    expectFigures(june2023, { bands: bandsWith({ boys1to16: 1 }), totalClients: 1, visits: 1 });

    // Ages 18 and 17 fall in boys17to18, and 16 in boys1to16.
    const march2025 = await clinic.staff.caller.stats.doctorMonthly({
      doctorId: clinic.doctor.member.id,
      month: '2025-03',
    });
    expectFigures(march2025, {
      bands: bandsWith({ boys17to18: 2, boys1to16: 1 }),
      totalClients: 3,
      visits: 3,
    });
  });

  it('takes age on the first visit in the period', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services, { timeZone: 'Asia/Tashkent' });
    const clientId = await insertClient(services, clinic, { birthDate: '2008-03-15', sex: 'male' });
    await insertVisitList(clinic, [
      { clientId, startsAt: tashkent('2025-03-10T09:00') },
      { clientId, startsAt: tashkent('2025-03-20T09:00') },
    ]);

    const march = await clinic.doctor.caller.stats.doctorMonthly({ month: '2025-03' });
    // 2025-W12 runs from 17 to 23 March, so its first visit is the one after the birthday.
    const week12 = await clinic.doctor.caller.stats.doctorWeekly({ week: '2025-W12' });

    expectFigures(march, { bands: bandsWith({ boys1to16: 1 }), totalClients: 1, visits: 2 });
    expectFigures(week12, { bands: bandsWith({ boys17to18: 1 }), totalClients: 1, visits: 1 });
  });

  it('defaults to the current month in the clinic time zone', async () => {
    const services = await testServices();
    const timeZone = 'Pacific/Kiritimati';
    const clinic = await createTestClinic(services, { timeZone });
    const clientId = await insertClient(services, clinic, {
      birthDate: '1980-05-05',
      sex: 'other',
    });
    const visitStart = new Date(Date.now() - 10 * 60_000);
    await insertVisitList(clinic, [{ clientId, startsAt: visitStart.toISOString() }]);

    const labelBefore = currentMonthLabel(timeZone, new Date());
    const statistics = await clinic.doctor.caller.stats.doctorMonthly({});
    const labelAfter = currentMonthLabel(timeZone, new Date());

    expect([labelBefore, labelAfter]).toContain(statistics.period.label);
    const period = monthPeriod(statistics.period.label, timeZone);
    expect(statistics.period).toEqual({ ...period, timeZone });

    const isVisitInPeriod = currentMonthLabel(timeZone, visitStart) === statistics.period.label;
    expect(statistics.totalClients).toBe(isVisitInPeriod ? 1 : 0);
    expect(statistics.bands.adults).toBe(isVisitInPeriod ? 1 : 0);
  });
});

describe('stats.doctorWeekly', () => {
  it('counts a hand-built ISO week', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services, { timeZone: 'Asia/Tashkent' });
    const ids = await insertNamedClients(clinic, {
      leapDayBoy: { birthDate: '2008-02-29', sex: 'male' },
      girl: { birthDate: '2015-03-08', sex: 'female' },
      disabledBoy: { birthDate: '2012-01-01', sex: 'male', isDisabled: true },
    });
    await insertVisitList(clinic, [
      // 2025-W09 runs from Monday 24 February to Sunday 2 March.
      { clientId: ids.leapDayBoy, startsAt: tashkent('2025-02-28T09:00') },
      { clientId: ids.leapDayBoy, startsAt: tashkent('2025-03-01T09:00') },
      { clientId: ids.girl, startsAt: tashkent('2025-02-24T00:00') },
      { clientId: ids.disabledBoy, startsAt: tashkent('2025-03-02T23:30') },
      { clientId: ids.girl, startsAt: tashkent('2025-03-03T00:00') },
      { clientId: ids.disabledBoy, startsAt: tashkent('2025-02-23T23:30') },
      { clientId: ids.girl, startsAt: tashkent('2025-02-26T09:00'), status: 'no_show' },
    ]);

    const week9 = await clinic.doctor.caller.stats.doctorWeekly({ week: '2025-W09' });

    expectFigures(week9, {
      bands: bandsWith({ boys1to16: 1, girls: 1, disabledChildren: 1 }),
      totalClients: 3,
      visits: 4,
    });
    expectAllNumbers(week9);
    expect(week9.period).toEqual({
      kind: 'week',
      label: '2025-W09',
      start: '2025-02-23T19:00:00.000Z',
      end: '2025-03-02T19:00:00.000Z',
      timeZone: 'Asia/Tashkent',
    });
  });

  it('puts Sunday evening in W13 and Monday midnight in W14', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services, { timeZone: 'Asia/Tashkent' });
    const ids = await insertNamedClients(clinic, {
      sundayClient: { birthDate: '1970-01-01', sex: 'female' },
      mondayClient: { birthDate: '2020-01-01', sex: 'male' },
      tuesdayClient: { birthDate: '2024-12-01', sex: 'unknown' },
    });
    await insertVisitList(clinic, [
      { clientId: ids.sundayClient, startsAt: tashkent('2025-03-30T18:00') },
      { clientId: ids.mondayClient, startsAt: tashkent('2025-03-31T00:00') },
      // 02:30 on Tuesday 1 April, local time.
      { clientId: ids.tuesdayClient, startsAt: '2025-03-31T21:30:00Z' },
    ]);

    const week13 = await clinic.doctor.caller.stats.doctorWeekly({ week: '2025-W13' });
    const week14 = await clinic.doctor.caller.stats.doctorWeekly({ week: '2025-W14' });
    const march = await clinic.doctor.caller.stats.doctorMonthly({ month: '2025-03' });

    expectFigures(week13, { bands: bandsWith({ adults: 1 }), totalClients: 1, visits: 1 });
    expectFigures(week14, {
      bands: bandsWith({ boys1to16: 1, infants: 1 }),
      totalClients: 2,
      visits: 2,
    });
    expectFigures(march, {
      bands: bandsWith({ adults: 1, boys1to16: 1 }),
      totalClients: 2,
      visits: 2,
    });
  });

  it('follows ISO week-years across New Year', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services, { timeZone: 'America/Los_Angeles' });
    const ids = await insertNamedClients(clinic, {
      december2024: { birthDate: '1990-01-01', sex: 'male' },
      january2021: { birthDate: '1990-01-01', sex: 'female' },
    });
    await insertVisitList(clinic, [
      { clientId: ids.december2024, startsAt: '2024-12-30T10:00:00-08:00' },
      { clientId: ids.january2021, startsAt: '2021-01-01T10:00:00-08:00' },
    ]);

    const week2025 = await clinic.doctor.caller.stats.doctorWeekly({ week: '2025-W01' });
    const week2020 = await clinic.doctor.caller.stats.doctorWeekly({ week: '2020-W53' });

    expectFigures(week2025, { bands: bandsWith({ adults: 1 }), totalClients: 1, visits: 1 });
    expectFigures(week2020, { bands: bandsWith({ adults: 1 }), totalClients: 1, visits: 1 });
  });

  it('defaults to the current ISO week in the clinic time zone', async () => {
    const timeZone = 'America/Los_Angeles';
    const clinic = await createTestClinic(await testServices(), { timeZone });

    const labelBefore = currentIsoWeekLabel(timeZone, new Date());
    const statistics = await clinic.doctor.caller.stats.doctorWeekly({});
    const labelAfter = currentIsoWeekLabel(timeZone, new Date());

    expect([labelBefore, labelAfter]).toContain(statistics.period.label);
    expect(statistics.period).toEqual({
      ...isoWeekPeriod(statistics.period.label, timeZone),
      timeZone,
    });
    expectFigures(statistics, ZERO_FIGURES);
  });
});

describe('stats permissions', () => {
  it('lets a doctor read only their own statistics', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services);
    const otherDoctor = await clinic.addMember('doctor', 'Bobur Doctor');
    const doctorId = clinic.doctor.member.id;
    const clientId = await insertClient(services, clinic, { birthDate: '2000-02-02', sex: 'male' });
    await insertVisitList(clinic, [{ clientId, startsAt: tashkent('2025-03-03T09:00') }]);
    const expected = { bands: bandsWith({ adults: 1 }), totalClients: 1, visits: 1 };

    const implicit = await clinic.doctor.caller.stats.doctorMonthly({ month: '2025-03' });
    const explicit = await clinic.doctor.caller.stats.doctorMonthly({ doctorId, month: '2025-03' });
    const weekly = await clinic.doctor.caller.stats.doctorWeekly({ week: '2025-W10' });

    expect(implicit.doctorId).toBe(doctorId);
    expectFigures(implicit, expected);
    expect(explicit).toEqual(implicit);
    expectFigures(weekly, expected);

    await expectTRPCError(
      clinic.doctor.caller.stats.doctorMonthly({ doctorId: otherDoctor.member.id }),
      { code: 'FORBIDDEN', message: 'your role may not read these statistics' },
    );
    await expectTRPCError(otherDoctor.caller.stats.doctorWeekly({ doctorId, week: '2025-W10' }), {
      code: 'FORBIDDEN',
    });
  });

  it('lets admins and staff read any doctor', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services);
    const otherDoctor = await clinic.addMember('doctor', 'Bobur Doctor');
    const clientId = await insertClient(services, clinic, {
      birthDate: '2010-02-02',
      sex: 'female',
    });
    await insertVisitList(clinic, [
      { clientId, startsAt: tashkent('2025-03-03T09:00') },
      { clientId, startsAt: tashkent('2025-03-04T09:00'), doctorId: otherDoctor.member.id },
      { clientId, startsAt: tashkent('2025-03-05T09:00'), doctorId: otherDoctor.member.id },
    ]);

    for (const reader of [clinic.admin, clinic.staff]) {
      const first = await reader.caller.stats.doctorMonthly({
        doctorId: clinic.doctor.member.id,
        month: '2025-03',
      });
      const second = await reader.caller.stats.doctorWeekly({
        doctorId: otherDoctor.member.id,
        week: '2025-W10',
      });

      expectFigures(first, { bands: bandsWith({ girls: 1 }), totalClients: 1, visits: 1 });
      expectFigures(second, { bands: bandsWith({ girls: 1 }), totalClients: 1, visits: 2 });
    }
  });

  it('requires admins and staff to name a doctor', async () => {
    const clinic = await createTestClinic(await testServices());

    for (const reader of [clinic.admin, clinic.staff]) {
      const monthly = await expectTRPCError(reader.caller.stats.doctorMonthly({}), {
        code: 'BAD_REQUEST',
        message: 'doctorId: is required',
      });
      expect(monthly.cause).toMatchObject({
        options: { fieldErrors: { doctorId: [expect.stringContaining('is required')] } },
      });
      await expectTRPCError(reader.caller.stats.doctorWeekly({ week: '2025-W10' }), {
        code: 'BAD_REQUEST',
        message: 'doctorId: is required',
      });
    }
  });

  it('answers NOT_FOUND for ids that are not doctors', async () => {
    const clinic = await createTestClinic(await testServices());

    for (const doctorId of [randomUUID(), clinic.staff.member.id, clinic.admin.member.id]) {
      await expectTRPCError(clinic.admin.caller.stats.doctorMonthly({ doctorId }), {
        code: 'NOT_FOUND',
        message: 'doctor not found',
      });
      await expectTRPCError(clinic.staff.caller.stats.doctorWeekly({ doctorId }), {
        code: 'NOT_FOUND',
        message: 'doctor not found',
      });
      await expectTRPCError(clinic.doctor.caller.stats.doctorMonthly({ doctorId }), {
        code: 'NOT_FOUND',
        message: 'doctor not found',
      });
    }
  });

  it('still reports an archived doctor to admins', async () => {
    const services = await testServices();
    const clinic = await createTestClinic(services);
    const clientId = await insertClient(services, clinic, { birthDate: '2024-10-10', sex: 'male' });
    await insertVisitList(clinic, [{ clientId, startsAt: tashkent('2025-03-03T09:00') }]);

    await clinic.admin.caller.members.archive({ id: clinic.doctor.member.id });
    const statistics = await clinic.admin.caller.stats.doctorMonthly({
      doctorId: clinic.doctor.member.id,
      month: '2025-03',
    });

    expectFigures(statistics, { bands: bandsWith({ infants: 1 }), totalClients: 1, visits: 1 });
  });
});

describe('stats input', () => {
  it('rejects malformed months by field name', async () => {
    const clinic = await createTestClinic(await testServices());
    const caller = clinic.doctor.caller;

    for (const month of ['2025-13', '2025-00', '2025-4', '2025/04', '', '1899-12', '3000-01']) {
      const error = await expectTRPCError(caller.stats.doctorMonthly({ month }), {
        code: 'BAD_REQUEST',
        message: 'month: ',
      });
      expect(error.message, month).toContain(`"${month}"`);
    }

    await expectTRPCError(caller.stats.doctorMonthly({ month: 202503 as unknown as string }), {
      code: 'BAD_REQUEST',
      message: 'month: must be a month as YYYY-MM',
    });
  });

  it('rejects malformed and missing ISO weeks by field name', async () => {
    const clinic = await createTestClinic(await testServices());
    const caller = clinic.doctor.caller;

    const week53 = await expectTRPCError(caller.stats.doctorWeekly({ week: '2021-W53' }), {
      code: 'BAD_REQUEST',
      message: 'week: must be an existing ISO week, not "2021-W53"',
    });
    expect(week53.message).toContain('ISO week-year 2021 has 52 weeks');
    expect(week53.cause).toMatchObject({
      options: { fieldErrors: { week: [expect.any(String)] } },
    });

    for (const week of ['2025-W00', '2025-W54', '2025-13', '2025-W1', '2025W13', '1899-W10']) {
      const error = await expectTRPCError(caller.stats.doctorWeekly({ week }), {
        code: 'BAD_REQUEST',
        message: 'week: ',
      });
      expect(error.message, week).toContain(`"${week}"`);
    }

    const week2020 = await caller.stats.doctorWeekly({ week: '2020-W53' });
    expect(week2020.period.label).toBe('2020-W53');
  });

  it('rejects a doctor id that is not a UUID', async () => {
    const clinic = await createTestClinic(await testServices());

    await expectTRPCError(clinic.admin.caller.stats.doctorMonthly({ doctorId: 'doctor-1' }), {
      code: 'BAD_REQUEST',
      message: 'doctorId: must be a valid id',
    });
    await expectTRPCError(clinic.admin.caller.stats.doctorWeekly({ doctorId: '' }), {
      code: 'BAD_REQUEST',
      message: 'doctorId: must be a valid id',
    });
  });
});

describe('stats across clinics', () => {
  it("answers another clinic's doctor id as NOT_FOUND", async () => {
    const services = await testServices();
    const clinicA = await createTestClinic(services);
    const clinicB = await createTestClinic(services);
    const doctorA = clinicA.doctor.member.id;
    const clientId = await insertClient(services, clinicA, {
      birthDate: '2001-01-01',
      sex: 'male',
    });
    await insertVisitList(clinicA, [{ clientId, startsAt: tashkent('2025-03-03T09:00') }]);
    const before = await clinicA.admin.caller.stats.doctorMonthly({
      doctorId: doctorA,
      month: '2025-03',
    });

    const unknownIdError = await expectTRPCError(
      clinicB.admin.caller.stats.doctorMonthly({ doctorId: randomUUID(), month: '2025-03' }),
      { code: 'NOT_FOUND' },
    );
    for (const intruder of [clinicB.admin, clinicB.staff, clinicB.doctor]) {
      const monthly = await expectTRPCError(
        intruder.caller.stats.doctorMonthly({ doctorId: doctorA, month: '2025-03' }),
        { code: 'NOT_FOUND' },
      );
      const weekly = await expectTRPCError(
        intruder.caller.stats.doctorWeekly({ doctorId: doctorA, week: '2025-W10' }),
        { code: 'NOT_FOUND' },
      );

      expect(monthly.message).toBe(unknownIdError.message);
      expect(weekly.message).toBe(unknownIdError.message);
    }

    const ownOfB = await clinicB.doctor.caller.stats.doctorMonthly({ month: '2025-03' });
    expectFigures(ownOfB, ZERO_FIGURES);

    const after = await clinicA.admin.caller.stats.doctorMonthly({
      doctorId: doctorA,
      month: '2025-03',
    });
    expect(after).toEqual(before);
    expectFigures(after, { bands: bandsWith({ adults: 1 }), totalClients: 1, visits: 1 });
  });
});
