import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { startApiServer, type RunningServer } from './api-server';
import { collectPageErrors, launchBrowser, newContext } from './browser';
import { heading, pickOption, saveScreenshot, typeDate } from './page-helpers';

export type FlowOptions = {
  /** The browser's own zone; the clinic is always in Asia/Tashkent (UTC+5). */
  browserZone: string;
  /** Prefix of this run's screenshot names. */
  runName: string;
};

const CLINIC_ZONE = 'Asia/Tashkent';
const PASSWORD = 'correct horse battery';

type Clinic = { name: string; adminName: string; adminEmail: string };

async function signUpClinic(page: Page, clinic: Clinic): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Clinic name').fill(clinic.name);
  await pickOption(page, 'Time zone', 'Tashkent', 'Asia/Tashkent');
  await pickOption(page, 'Currency', 'UZS', 'UZS');
  await page.getByLabel('Full name').fill(clinic.adminName);
  await page.getByLabel('Email').fill(clinic.adminEmail);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await heading(page).filter({ hasText: "Today's appointments" }).waitFor();
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

type NewClient = { fullName: string; birthDate: string; sex: 'Female' | 'Male'; phone: string };

/** Creates a client through the form and returns its id, read from the client page's address. */
async function createClient(page: Page, client: NewClient): Promise<string> {
  await page.goto('/clients/new');
  await page.getByLabel('Full name').fill(client.fullName);
  await typeDate(page, 'Birth date', client.birthDate);
  await page.getByRole('radio', { name: client.sex, exact: true }).check();
  await page.getByRole('textbox', { name: 'Phone', exact: true }).fill(client.phone);
  await page.getByRole('button', { name: 'Create client' }).click();
  await heading(page).filter({ hasText: client.fullName }).waitFor();

  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

type Booking = { client: string; date: string; start: string; end: string };

async function openBookingForm(page: Page, doctorId: string, date: string) {
  await page.goto(`/calendar?date=${date}&doctorId=${doctorId}`);
  await page.getByRole('button', { name: 'Book appointment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Book appointment' });
  await dialog.waitFor();

  return dialog;
}

async function fillBooking(page: Page, doctorName: string, booking: Booking) {
  const dialog = page.getByRole('dialog', { name: 'Book appointment' });
  await pickOption(
    dialog,
    'Client',
    booking.client.split(' ')[0] ?? '',
    new RegExp(booking.client),
  );
  await pickOption(dialog, 'Doctor', doctorName.split(' ')[0] ?? '', new RegExp(doctorName));
  await typeDate(dialog, 'Date', booking.date);
  await dialog.getByLabel('Starts').fill(booking.start);
  await dialog.getByLabel('Ends').fill(booking.end);
  await dialog.getByRole('button', { name: 'Book appointment' }).click();

  return dialog;
}

/** Opens the client's page and follows the link of the appointment that starts at `when`. */
async function openAppointment(page: Page, clientId: string, when: string): Promise<string> {
  await page.goto(`/clients/${clientId}`);
  await page.getByRole('link', { name: when }).click();
  await page.getByTestId('appointment-time').waitFor();

  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

async function readStatisticsRow(page: Page, band: string): Promise<string> {
  const row = page.getByTestId('statistics-table').locator(`tr[data-band="${band}"] td`);

  return (await row.textContent()) ?? '';
}

/**
 * The main flows of a clinic, end to end in a real browser against the real server on a fresh
 * database: sign-up, invitation, clients, booking with a conflict, session results, statistics
 * with CSV, a second clinic that finds nothing of the first, and an expired session.
 */
export function describeClinicFlows(options: FlowOptions): void {
  describe(`clinic flows, browser in ${options.browserZone}`, () => {
    let server: RunningServer;
    let browser: Browser;
    let adminContext: BrowserContext;
    let doctorContext: BrowserContext;
    let admin: Page;
    let doctor: Page;
    let adminErrors: string[];
    let doctorId = '';
    let girlId = '';
    let boyId = '';
    let firstAppointmentId = '';

    const clinicA: Clinic = {
      name: 'Sunrise Clinic',
      adminName: 'Aziza Rahimova',
      adminEmail: 'aziza@sunrise.test',
    };
    const doctorName = 'Bekzod Tursunov';
    const doctorEmail = 'bekzod@sunrise.test';
    const shot = (page: Page, name: string) => saveScreenshot(page, `${options.runName}-${name}`);
    const contextFor = (width?: number, height?: number) =>
      newContext(browser, {
        baseUrl: server.baseUrl,
        timezoneId: options.browserZone,
        width,
        height,
      });

    beforeAll(async () => {
      server = await startApiServer();
      browser = await launchBrowser();
      adminContext = await contextFor();
      admin = await adminContext.newPage();
      adminErrors = collectPageErrors(admin);
    });

    afterEach(async (context) => {
      if (context.task.result?.state !== 'fail') {
        return;
      }

      const name = context.task.name.replace(/[^a-z0-9]+/gi, '-');
      const pages = browser.contexts().flatMap((browserContext) => browserContext.pages());

      for (const [index, page] of pages.entries()) {
        await shot(page, `failed-${name}-${index}`);
      }
    });

    afterAll(async () => {
      await browser.close();
      await server.stop();
    });

    it('creates a clinic with its first admin', async () => {
      await signUpClinic(admin, clinicA);

      expect(await admin.getByText(CLINIC_ZONE).first().textContent()).toBe(CLINIC_ZONE);
      await shot(admin, 'today-admin');
    });

    it('adds a department', async () => {
      await admin.getByRole('link', { name: 'Departments' }).click();
      await admin.getByRole('button', { name: 'Add department' }).click();
      const dialog = admin.getByRole('dialog', { name: 'Add department' });
      await dialog.getByRole('button', { name: 'Add department' }).click();

      expect(await dialog.getByText('must not be blank').count()).toBe(2);

      await dialog.getByLabel('Name').fill('Paediatrics');
      await dialog.getByLabel('City').fill('Tashkent');
      await dialog.getByLabel('Phone').fill('+998 71 200 00 00');
      await dialog.getByRole('button', { name: 'Add department' }).click();
      await admin.getByRole('cell', { name: 'Paediatrics', exact: true }).waitFor();
      await shot(admin, 'departments');
    });

    it('invites a doctor who joins with the code', async () => {
      await admin.goto('/admin/members');
      await admin.getByRole('button', { name: 'Invite member' }).click();
      const dialog = admin.getByRole('dialog', { name: 'Invite a member' });
      await dialog.getByLabel('Email').fill(doctorEmail);
      await dialog.getByRole('button', { name: 'Create invitation' }).click();
      const code = (await dialog.getByTestId('invitation-code').textContent()) ?? '';

      expect(code.length).toBeGreaterThan(20);
      await shot(admin, 'invitation-code');
      await dialog.getByRole('button', { name: 'Done' }).click();

      doctorContext = await contextFor();
      doctor = await doctorContext.newPage();
      await doctor.goto('/join');
      await doctor.getByLabel('Invitation code').fill('not-a-real-code');
      await doctor.getByLabel('Email').fill(doctorEmail);
      await doctor.getByLabel('Full name').fill(doctorName);
      await doctor.getByLabel('Specialty').fill('Paediatrician');
      await doctor.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
      await doctor.getByRole('button', { name: 'Join clinic' }).click();
      await doctor.getByText('is not a valid invitation code').waitFor();

      await doctor.getByLabel('Invitation code').fill(code);
      await doctor.getByRole('button', { name: 'Join clinic' }).click();
      await heading(doctor).filter({ hasText: 'My appointments today' }).waitFor();
      await shot(doctor, 'today-doctor');

      await admin.reload();
      await admin.getByRole('button', { name: `Edit ${doctorName}` }).click();
      const edit = admin.getByRole('dialog', { name: 'Edit member' });
      await pickOption(edit, 'Home department', 'Paed', 'Paediatrics');
      await edit.getByRole('button', { name: 'Save member' }).click();
      await admin.getByRole('row', { name: /Paediatrician\s+Paediatrics/ }).waitFor();
      await shot(admin, 'members');

      const members = await admin.evaluate(async () => {
        const response = await fetch(
          `/trpc/members.list?input=${encodeURIComponent(JSON.stringify({ role: 'doctor' }))}`,
        );

        return (await response.json()) as { result: { data: { items: { id: string }[] } } };
      });
      doctorId = members.result.data.items[0]?.id ?? '';

      expect(doctorId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('tells a wrong password apart from a sign-in', async () => {
      const context = await contextFor();
      const page = await context.newPage();
      await signIn(page, doctorEmail, 'not the password');
      const alert = page.getByRole('alert');
      await alert.waitFor();

      expect(await alert.textContent()).toContain('The email or the password is wrong');
      await context.close();
    });

    it('creates clients with every check of the form', async () => {
      await admin.goto('/clients/new');
      await admin.getByRole('button', { name: 'Create client' }).click();

      expect(await admin.getByText('must not be blank').count()).toBe(1);
      expect(
        await admin.getByLabel('Full name').evaluate((node) => node === document.activeElement),
      ).toBe(true);

      girlId = await createClient(admin, {
        fullName: 'Malika Karimova',
        birthDate: '2015-03-08',
        sex: 'Female',
        phone: '+998 90 111 22 33',
      });
      await admin.getByText('8 March 2015').waitFor();
      await shot(admin, 'client');

      boyId = await createClient(admin, {
        fullName: 'Timur Aliyev',
        birthDate: '2010-05-05',
        sex: 'Male',
        phone: '+998 90 444 55 66',
      });

      await admin.goto('/clients');
      await admin.getByLabel('Search').fill('Malika');
      await admin.waitForURL(/search=Malika/);
      await admin.getByRole('link', { name: 'Malika Karimova' }).waitFor();

      expect(await admin.getByRole('link', { name: 'Timur Aliyev' }).count()).toBe(0);
      expect(await admin.getByRole('cell', { name: '8 March 2015' }).count()).toBe(1);
      await shot(admin, 'clients');
    });

    it("books an appointment on the clinic's clock", async () => {
      await openBookingForm(admin, doctorId, '2025-04-01');
      const dialog = await fillBooking(admin, doctorName, {
        client: 'Malika Karimova',
        date: '2025-04-01',
        start: '08:00',
        end: '08:30',
      });
      await dialog.waitFor({ state: 'detached' });

      // 08:00 in Tashkent is 03:00 UTC and still 31 March in Los Angeles.
      firstAppointmentId = await openAppointment(admin, girlId, 'Tue 1 Apr 2025, 08:00');

      expect(await admin.getByTestId('appointment-time').textContent()).toBe('08:00–08:30');
      expect(await admin.getByText('Tuesday 1 April 2025').count()).toBe(1);

      const stored = await admin.evaluate(async (id) => {
        const response = await fetch(
          `/trpc/appointments.get?input=${encodeURIComponent(JSON.stringify({ id }))}`,
        );

        return (await response.json()) as { result: { data: { startsAt: string } } };
      }, firstAppointmentId);

      expect(stored.result.data.startsAt).toBe('2025-04-01T03:00:00.000Z');
      await shot(admin, 'appointment');
    });

    it('shows what is in the way of a conflicting booking', async () => {
      await openBookingForm(admin, doctorId, '2025-04-01');
      const dialog = await fillBooking(admin, doctorName, {
        client: 'Timur Aliyev',
        date: '2025-04-01',
        start: '08:15',
        end: '08:45',
      });
      const conflict = dialog.getByTestId('conflict-alert');
      await conflict.waitFor();
      const text = (await conflict.textContent()) ?? '';

      expect(text).toContain('The doctor is busy at this time');
      expect(text).toContain('Malika Karimova');
      expect(text).toContain('08:00–08:30');
      expect(await dialog.getByText('This time is taken').count()).toBe(1);
      await shot(admin, 'booking-conflict');

      await dialog.getByLabel('Starts').fill('08:30');
      await dialog.getByLabel('Ends').fill('09:00');
      await dialog.getByRole('button', { name: 'Book appointment' }).click();
      await dialog.waitFor({ state: 'detached' });

      await openBookingForm(admin, doctorId, '2025-04-03');
      const second = await fillBooking(admin, doctorName, {
        client: 'Malika Karimova',
        date: '2025-04-03',
        start: '10:00',
        end: '10:20',
      });
      await second.waitFor({ state: 'detached' });
      await admin.goto(`/calendar?date=2025-04-01&doctorId=${doctorId}&view=week`);
      await admin.getByText('Timur Aliyev', { exact: false }).first().waitFor();
      await shot(admin, 'calendar-week');

      await admin
        .getByRole('radiogroup', { name: 'Show the calendar of' })
        .getByText('Department', { exact: true })
        .click();
      await admin.getByText(`Timur Aliyev · ${doctorName}`, { exact: false }).first().waitFor();
      await shot(admin, 'calendar-department');
    });

    it('records the clinical part and the payment of a visit', async () => {
      await doctor.goto(`/appointments/${firstAppointmentId}`);
      await doctor.getByLabel('Complaints').fill('Cough and a sore throat for three days.');
      await doctor.getByLabel('Diagnosis').fill('Acute upper respiratory infection');
      await doctor.getByLabel('ICD-10 code').fill('cold');
      await doctor.getByRole('button', { name: 'Record and complete visit' }).click();
      await doctor.getByText('"COLD" is not an ICD-10 code such as J06.9 or A09').waitFor();

      await doctor.getByLabel('ICD-10 code').fill('j06.9');
      await doctor.getByRole('button', { name: 'Record and complete visit' }).click();
      await doctor.getByRole('button', { name: 'Save clinical notes' }).waitFor();

      await doctor.locator('.mantine-Badge-root', { hasText: 'Completed' }).waitFor();

      expect(await doctor.getByLabel('ICD-10 code').inputValue()).toBe('J06.9');
      expect(await doctor.getByLabel('Price (UZS)').count()).toBe(0);
      await shot(doctor, 'session-result-doctor');

      await admin.goto(`/appointments/${firstAppointmentId}`);
      await admin.getByLabel('Price (UZS)').fill('  ');
      await admin.getByRole('button', { name: 'Save payment' }).click();
      await admin.getByText('must not be blank').waitFor();

      await admin.getByLabel('Price (UZS)').fill('12.10');
      await admin.getByLabel('Paid (UZS)').fill('12.1');
      await pickOption(admin, 'Payment status', '', /^Paid$/);
      await admin.getByRole('button', { name: 'Save payment' }).click();
      await admin.getByText('Payment saved.').waitFor();
      await admin.reload();

      expect(await admin.getByLabel('Price (UZS)').inputValue()).toBe('12.10');
      expect(await admin.getByLabel('Paid (UZS)').inputValue()).toBe('12.10');
      expect(await admin.getByLabel('Complaints').count()).toBe(0);
      await shot(admin, 'session-result-staff');
    });

    it('completes the other visits from today and the appointment page', async () => {
      for (const [clientId, when] of [
        [boyId, 'Tue 1 Apr 2025, 08:30'],
        [girlId, 'Thu 3 Apr 2025, 10:00'],
      ] as const) {
        await openAppointment(doctor, clientId, when);
        const complete = doctor.getByRole('button', { name: /^Completed:/ });
        await complete.click();
        await complete.waitFor({ state: 'detached' });
        await doctor.locator('.mantine-Badge-root', { hasText: 'Completed' }).waitFor();
      }
    });

    it("changes today's appointments from the today page", async () => {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: CLINIC_ZONE }).format(new Date());
      await openBookingForm(admin, doctorId, today);
      const dialog = await fillBooking(admin, doctorName, {
        client: 'Timur Aliyev',
        date: today,
        start: '20:00',
        end: '20:30',
      });
      await dialog.waitFor({ state: 'detached' });

      await admin.goto('/');
      await admin.getByRole('heading', { name: 'Paediatrics', level: 2 }).waitFor();
      const row = admin.getByTestId('appointment-row').filter({ hasText: 'Timur Aliyev' });

      expect(await row.getByRole('cell').first().textContent()).toBe('20:00–20:30');

      await row.getByRole('button', { name: /^Arrived:/ }).click();
      await row.locator('.mantine-Badge-root', { hasText: 'Arrived' }).waitFor();
      await shot(admin, 'today-admin-arrived');

      await doctor.goto('/');
      const doctorRow = doctor.getByTestId('appointment-row').filter({ hasText: 'Timur Aliyev' });
      await doctorRow.locator('.mantine-Badge-root', { hasText: 'Arrived' }).waitFor();
      await doctorRow.getByRole('button', { name: /^Cancel:/ }).click();
      const cancel = doctor.getByRole('dialog', { name: 'Cancel appointment' });
      await cancel.getByRole('button', { name: 'Cancel appointment' }).click();
      await cancel.getByText('must not be blank').waitFor();
      await cancel.getByLabel('Reason').fill('The family called to cancel.');
      await cancel.getByRole('button', { name: 'Cancel appointment' }).click();
      await cancel.waitFor({ state: 'detached' });
      await doctorRow.locator('.mantine-Badge-root', { hasText: 'Cancelled' }).waitFor();
      await shot(doctor, 'today-doctor-cancelled');
    });

    it("counts the month's statistics and downloads them as CSV", async () => {
      await admin.goto(`/statistics?doctorId=${doctorId}&kind=month&period=2025-04`);
      await admin.getByTestId('statistics-table').waitFor();

      expect(await readStatisticsRow(admin, 'girls')).toBe('1');
      expect(await readStatisticsRow(admin, 'boys1to16')).toBe('1');
      expect(await readStatisticsRow(admin, 'adults')).toBe('0');
      expect(await readStatisticsRow(admin, 'infants')).toBe('0');
      expect(await readStatisticsRow(admin, 'totalClients')).toBe('2');
      expect(await readStatisticsRow(admin, 'visits')).toBe('3');
      expect(await admin.getByTestId('statistics-period').textContent()).toContain(
        '2025-04: 1 April 2025 – 30 April 2025',
      );
      await shot(admin, 'statistics');

      const [download] = await Promise.all([
        admin.waitForEvent('download'),
        admin.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      const csv = await readFile(await download.path(), 'utf8');
      const rows = csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');

      expect(download.suggestedFilename()).toBe('statistics-bekzod-tursunov-2025-04.csv');
      expect(rows).toEqual([
        'band,label,count',
        'disabledChildren,Disabled children (0–18),0',
        'adults,Adults (19 and over),0',
        'infants,Children aged 0 to 1,0',
        'boys1to16,Boys 1–16,1',
        'boys17to18,Boys 17–18,0',
        'girls,Girls 1–18,1',
        'otherChildren,Children of other or unknown sex (1–18),0',
        'totalClients,All clients,2',
        'visits,Visits,3',
      ]);

      const pdf = await admin.pdf({ format: 'A4', printBackground: true });
      const pageCount = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

      expect(pageCount).toBe(1);

      await admin.goto(`/statistics?doctorId=${doctorId}&kind=month&period=2025-03`);
      await admin.getByText('No completed visits in this period.').waitFor();

      expect(await readStatisticsRow(admin, 'totalClients')).toBe('0');

      await admin.goto(`/statistics?doctorId=${doctorId}&kind=week&period=2025-W14`);
      await admin.getByTestId('statistics-period').filter({ hasText: '2025-W14' }).waitFor();

      expect(await readStatisticsRow(admin, 'visits')).toBe('3');

      await doctor.goto('/statistics?kind=month&period=2025-04');
      await doctor.getByTestId('statistics-table').waitFor();

      expect(await readStatisticsRow(doctor, 'totalClients')).toBe('2');
      expect(await doctor.getByRole('combobox', { name: 'Doctor' }).isDisabled()).toBe(true);
    });

    it('fits a tablet in portrait', async () => {
      const context = await contextFor(768, 1024);
      const page = await context.newPage();
      await signIn(page, clinicA.adminEmail, PASSWORD);
      await heading(page).filter({ hasText: "Today's appointments" }).waitFor();

      for (const path of ['/clients', `/appointments/${firstAppointmentId}`, '/statistics']) {
        await page.goto(path);
        await heading(page).waitFor();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );

        expect(overflow).toBe(0);
      }

      await shot(page, 'tablet-statistics');
      await context.close();
    });

    it("shows a second clinic none of the first clinic's data", async () => {
      const context = await contextFor();
      const page = await context.newPage();
      await signUpClinic(page, {
        name: 'Other Clinic',
        adminName: 'Olim Other',
        adminEmail: 'olim@other.test',
      });

      await page.goto('/clients');
      await page.getByText('No clients match these filters.').waitFor();
      await page.getByLabel('Search').fill('Malika');
      await page.waitForURL(/search=Malika/);
      await page.getByText('No clients match these filters.').waitFor();

      await page.goto(`/clients/${girlId}`);
      await page.getByText('client not found', { exact: false }).waitFor();
      await page.goto(`/appointments/${firstAppointmentId}`);
      await page.getByText('appointment not found', { exact: false }).waitFor();
      await page.goto(`/statistics?doctorId=${doctorId}&kind=month&period=2025-04`);
      await page.getByText('doctor not found', { exact: false }).waitFor();
      await shot(page, 'other-clinic-statistics');

      await page.goto('/calendar?date=2025-04-01&view=week');
      await page.getByText('No appointments in this week.').waitFor();
      await context.close();
    });

    it('sends an expired session back to sign-in', async () => {
      // The doctor's first browser is on a page; a second browser revokes its session.
      await doctor.goto('/');
      await heading(doctor).filter({ hasText: 'My appointments today' }).waitFor();

      const context = await contextFor();
      const page = await context.newPage();
      await signIn(page, doctorEmail, PASSWORD);
      await heading(page).filter({ hasText: 'My appointments today' }).waitFor();
      await page.goto('/account/sessions');
      await page.getByTestId('session-row').first().waitFor();

      expect(await page.getByTestId('session-row').count()).toBe(2);

      const revoke = page.getByRole('button', { name: 'Revoke' });
      await revoke.click();
      await revoke.waitFor({ state: 'detached' });
      await shot(page, 'sessions');

      // The next query of the first browser, without a page load, finds the session gone.
      await doctor.getByRole('link', { name: 'Clients' }).click();
      await doctor.getByText('Your session has expired', { exact: true }).waitFor();
      await shot(doctor, 'session-expired');

      expect(new URL(doctor.url()).pathname).toBe('/sign-in');
      expect(new URL(doctor.url()).searchParams.get('redirect')).toBe('/clients');

      await signIn(doctor, doctorEmail, PASSWORD);
      await heading(doctor).filter({ hasText: 'My appointments today' }).waitFor();
      await context.close();
    });

    it('signs out', async () => {
      await admin.goto('/');
      await admin.getByRole('button', { name: `Account menu of ${clinicA.adminName}` }).click();
      await admin.getByRole('menuitem', { name: 'Sign out' }).click();
      await heading(admin).filter({ hasText: 'Sign in' }).waitFor();
      await admin.goto('/clients');
      await heading(admin).filter({ hasText: 'Sign in' }).waitFor();

      expect(await admin.getByText('Your session has expired').count()).toBe(0);
      expect(adminErrors).toEqual([]);
    });
  });
}
