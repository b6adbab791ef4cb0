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
