import type { DemoSummary } from '@medsys/db';

/** Builds the start-up lines that tell a new user where to sign in. */
export function describeDemoSignIns(url: string, summary: DemoSummary): string {
  const lines = [
    `\nmedsys is running at ${url}`,
    `demo sign-ins (password "${summary.password}"):`,
  ];

  for (const clinic of summary.clinics) {
    lines.push(`  ${clinic.name} (${clinic.timeZone})`);
    lines.push(`    admin   ${clinic.admin.email}`);
    lines.push(`    doctor  ${clinic.doctor.email}`);
    lines.push(`    staff   ${clinic.staff.email}`);
  }

  return `${lines.join('\n')}\n`;
}

/** Builds what the server prints once it listens: the address, and the demo sign-ins if loaded now. */
export function describeStart(url: string, demo: DemoSummary | null): string {
  if (demo) {
    return describeDemoSignIns(url, demo);
  }

  return [
    `\nmedsys is running at ${url}`,
    'The database already had data, so no demo was loaded; earlier sign-ins still work.',
    'An empty database gets the demo unless DEMO_DATA=off; create a clinic with auth.signUpClinic.\n',
  ].join('\n');
}
