import { pathToFileURL } from 'node:url';

import { createMedsysClient, type MedsysClient } from '@medsys/api/client';
import { STATISTICS_BANDS } from '@medsys/domain';
import { DateTime } from 'luxon';

export type DoctorDayOptions = {
  /** The server's tRPC address, e.g. `http://127.0.0.1:3000/trpc`. */
  url: string;
  email: string;
  password: string;
  print: (line: string) => void;
  /** The moment taken as "now"; the day and the periods are read from it in the clinic's zone. */
  now?: Date;
};

type DoctorStatistics = Awaited<ReturnType<MedsysClient['stats']['doctorMonthly']['query']>>;

/**
 * Runs a doctor's day through the typed client: sign in, list today's appointments in the clinic's
 * time zone, record a session result for the first one still open, and print the doctor's
 * statistics for this month and this week.
 */
export async function runDoctorDay(options: DoctorDayOptions) {
  const session = await createMedsysClient({ url: options.url }).auth.signIn.mutate({
    email: options.email,
    password: options.password,
  });
  const api = createMedsysClient({ url: options.url, getToken: () => session.token });
  const { clinic, member } = session;
  options.print(
    `signed in as ${member.fullName} (${member.role}) at ${clinic.name}, ${clinic.timeZone}`,
  );

  const today = DateTime.fromJSDate(options.now ?? new Date())
    .setZone(clinic.timeZone)
    .startOf('day');
  const appointments = await api.appointments.list.query({
    doctorId: member.id,
    from: today.toUTC().toISO() ?? '',
    to: today.plus({ days: 1 }).toUTC().toISO() ?? '',
    limit: 100,
  });
  options.print(`\ntoday, ${today.toISODate() ?? ''}: ${appointments.items.length} appointments`);

  for (const appointment of appointments.items) {
    const startsAt = DateTime.fromISO(appointment.startsAt)
      .setZone(clinic.timeZone)
      .toFormat('HH:mm');
    options.print(`  ${startsAt}  ${appointment.status.padEnd(9)}  ${appointment.id}`);
  }

  const open = appointments.items.find(
    (item) => item.status === 'scheduled' || item.status === 'arrived',
  );
  const recorded = open
    ? await api.sessionResults.record.mutate({
        appointmentId: open.id,
        clinical: {
          complaints: 'Cough for three days',
          examination: 'Throat red, lungs clear',
          diagnosis: 'Acute upper respiratory infection',
          diagnosisCode: 'J06.9',
          treatment: 'Fluids, rest',
          recommendations: 'Come back if the fever lasts over three days',
        },
      })
    : undefined;
  options.print(
    recorded
      ? `\nrecorded a session result for ${recorded.appointmentId}`
      : '\nno open appointment left today',
  );

  const monthly = await api.stats.doctorMonthly.query({ month: today.toFormat('yyyy-MM') });
  const weekly = await api.stats.doctorWeekly.query({ week: today.toFormat("kkkk-'W'WW") });
  printStatistics(options.print, monthly);
  printStatistics(options.print, weekly);

  await api.auth.signOut.mutate();

  return { appointments: appointments.items, recorded, monthly, weekly };
}

function printStatistics(print: (line: string) => void, statistics: DoctorStatistics): void {
  print(`\n${statistics.period.kind} ${statistics.period.label}`);

  for (const band of STATISTICS_BANDS) {
    print(`  ${band.label.padEnd(42)} ${String(statistics.bands[band.key]).padStart(5)}`);
  }

  print(`  ${'all clients'.padEnd(42)} ${String(statistics.totalClients).padStart(5)}`);
  print(`  ${'visits'.padEnd(42)} ${String(statistics.visits).padStart(5)}`);
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isMain) {
  const baseUrl = process.env.MEDSYS_URL ?? 'http://127.0.0.1:3000';

  runDoctorDay({
    url: `${baseUrl}/trpc`,
    email: process.env.MEDSYS_EMAIL ?? 'doctor@quyosh.demo',
    password: process.env.MEDSYS_PASSWORD ?? 'medsys-demo',
    print: (line) => {
      process.stdout.write(`${line}\n`);
    },
  }).catch((error: unknown) => {
    process.stderr.write(
      `doctor-day failed against ${baseUrl}: ${error instanceof Error ? error.message : String(error)}\n` +
        'Start the server with npm start, or set MEDSYS_URL to its address.\n',
    );
    process.exitCode = 1;
  });
}
