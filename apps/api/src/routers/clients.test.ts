import { createClient, withClinic } from '@medsys/db';
import { ageOn, createClientInput, localDateOf, type Client } from '@medsys/domain';
import { describe, expect, it } from 'vitest';

import { callerFor, type Caller } from '../test/callers';
import { createTestClinic } from '../test/clinic-factory';
import { expectTRPCError } from '../test/expect-error';
import { testServices, type TestServices } from '../test/services';

type CreateInput = Parameters<Caller['clients']['create']>[0];

const AZIZA: CreateInput = {
  fullName: 'Aziza Karimova',
  birthDate: '2015-03-08',
  sex: 'female',
  phone: '+998 90 123 45 67',
};

async function countClients(services: TestServices, clinicId: string): Promise<number> {
  const row = await services.db
    .selectFrom('clients')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('clinicId', '=', clinicId)
    .executeTakeFirstOrThrow();

  return row.count;
}

/** Lists every page of a query and returns the pages. */
async function listAllPages(
  caller: Caller,
  input: Omit<Parameters<Caller['clients']['list']>[0], 'cursor'>,
): Promise<Client[][]> {
  const pages: Client[][] = [];
  let cursor: string | null = null;

  do {
    const page = await caller.clients.list({ ...input, cursor });
    pages.push(page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);

  return pages;
}

function namesOf(clients: readonly Client[]): string[] {
  return clients.map((client) => client.fullName);
}

function encodeTestCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Returns the same month and day `years` earlier, or 28 February if that year has no 29th. */
function yearsBefore(date: string, years: number): string {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year - years, month, 0)).getUTCDate();

  return toDateText(Date.UTC(year - years, month - 1, Math.min(day, lastDay)));
}

function addDays(date: string, days: number): string {
  return toDateText(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
}

function toDateText(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

describe('clients.create', () => {
  it('creates a client with the next record number', async () => {
    const { admin } = await createTestClinic(await testServices());

    const first = await admin.caller.clients.create({ ...AZIZA, fullName: '  Aziza Karimova ' });
    const second = await admin.caller.clients.create({
      fullName: 'Bobur Aliyev',
      birthDate: '1980-11-30',
      sex: 'male',
    });

    expect(first).toMatchObject({
      recordNumber: 'C-000001',
      fullName: 'Aziza Karimova',
      birthDate: '2015-03-08',
      sex: 'female',
      isDisabled: false,
      disabilityNote: null,
      phone: '+998 90 123 45 67',
      address: null,
      guardianName: null,
      guardianPhone: null,
      notes: null,
      archivedAt: null,
    });
    expect(first.createdAt).toBe(first.updatedAt);
    expect(second.recordNumber).toBe('C-000002');
  });

  it('stores every field as given', async () => {
    const { admin } = await createTestClinic(await testServices());

    const created = await admin.caller.clients.create({
      recordNumber: ' MED-0042 ',
      fullName: 'Kamola Yusupova',
      birthDate: '2019-02-28',
      sex: 'other',
      isDisabled: true,
      disabilityNote: 'Hearing loss, uses hearing aids',
      phone: '+998 71 200 00 00',
      address: '12 Bunyodkor Avenue, Tashkent',
      guardianName: 'Nodira Yusupova',
      guardianPhone: '+998 93 555 12 34',
      notes: 'Prefers morning visits',
    });

    expect(created).toMatchObject({
      recordNumber: 'MED-0042',
      fullName: 'Kamola Yusupova',
      birthDate: '2019-02-28',
      sex: 'other',
      isDisabled: true,
      disabilityNote: 'Hearing loss, uses hearing aids',
      phone: '+998 71 200 00 00',
      address: '12 Bunyodkor Avenue, Tashkent',
      guardianName: 'Nodira Yusupova',
      guardianPhone: '+998 93 555 12 34',
      notes: 'Prefers morning visits',
    });
    expect(await admin.caller.clients.get({ id: created.id })).toEqual(created);
  });

  it('skips a record number already given by hand', async () => {
    const { admin } = await createTestClinic(await testServices());

    await admin.caller.clients.create({ ...AZIZA, recordNumber: 'C-000001' });
    const automatic = await admin.caller.clients.create({ ...AZIZA, fullName: 'Next Client' });

    expect(automatic.recordNumber).toBe('C-000002');
  });

  it('rejects a duplicate record number as CONFLICT', async () => {
    const services = await testServices();
    const { admin, clinic } = await createTestClinic(services);
    await admin.caller.clients.create({ ...AZIZA, recordNumber: 'MED-1' });

    const error = await expectTRPCError(
      admin.caller.clients.create({ ...AZIZA, fullName: 'Other Client', recordNumber: 'MED-1' }),
      { code: 'CONFLICT', message: 'recordNumber: is already used by another client' },
    );

    expect(error.cause).toMatchObject({
      options: { fieldErrors: { recordNumber: [expect.any(String)] } },
    });
    expect(error.message).not.toContain('clients_clinic_id_record_number_key');
    expect(await countClients(services, clinic.id)).toBe(1);
  });

  it('lets doctors and staff create clients', async () => {
    const { doctor, staff } = await createTestClinic(await testServices());

    const byDoctor = await doctor.caller.clients.create({ ...AZIZA, fullName: 'By Doctor' });
    const byStaff = await staff.caller.clients.create({ ...AZIZA, fullName: 'By Staff' });

    expect(byDoctor.fullName).toBe('By Doctor');
    expect(byStaff.fullName).toBe('By Staff');
    expect(byStaff.recordNumber).toBe('C-000002');
  });

  it('rejects blank input instead of storing a default', async () => {
    const services = await testServices();
    const { admin, clinic } = await createTestClinic(services);
    const create = (input: unknown) => admin.caller.clients.create(input as CreateInput);

    const nullDate = await expectTRPCError(create({ ...AZIZA, birthDate: null }), {
      code: 'BAD_REQUEST',
      message: 'birthDate: must be a date as YYYY-MM-DD',
    });
    expect(nullDate.cause).toMatchObject({
      options: { fieldErrors: { birthDate: ['must be a date as YYYY-MM-DD'] } },
    });
    expect(await countClients(services, clinic.id)).toBe(0);

    await expectTRPCError(create({ ...AZIZA, birthDate: '' }), {
      code: 'BAD_REQUEST',
      message: 'birthDate: must be a date as YYYY-MM-DD',
    });
    expect(await countClients(services, clinic.id)).toBe(0);

    await expectTRPCError(create({ ...AZIZA, birthDate: undefined }), {
      code: 'BAD_REQUEST',
      message: 'birthDate: must be a date as YYYY-MM-DD',
    });
    expect(await countClients(services, clinic.id)).toBe(0);

    const blankName = await expectTRPCError(create({ ...AZIZA, fullName: '  ' }), {
      code: 'BAD_REQUEST',
      message: 'fullName: must not be blank',
    });
    expect(blankName.cause).toMatchObject({
      options: { fieldErrors: { fullName: ['must not be blank'] } },
    });
    expect(await countClients(services, clinic.id)).toBe(0);

    await expectTRPCError(create({ ...AZIZA, recordNumber: ' ' }), {
      code: 'BAD_REQUEST',
      message: 'recordNumber: must not be blank',
    });
    expect(await countClients(services, clinic.id)).toBe(0);
  });

  it('rejects impossible birth dates', async () => {
    const services = await testServices();
    const { admin, clinic } = await createTestClinic(services);
    const tomorrowAnywhere = addDays(localDateOf(new Date(), 'Pacific/Kiritimati'), 1);
    const cases = [
      ['2023-02-29', 'birthDate: must be a date as YYYY-MM-DD'],
      ['2015-3-8', 'birthDate: must be a date as YYYY-MM-DD'],
      ['2015-03-08T00:00:00Z', 'birthDate: must be a date as YYYY-MM-DD'],
      ['1899-12-31', 'birthDate: must be on or after 1900-01-01'],
      [tomorrowAnywhere, 'birthDate: must not be in the future'],
    ] as const;

    for (const [birthDate, message] of cases) {
      await expectTRPCError(admin.caller.clients.create({ ...AZIZA, birthDate }), {
        code: 'BAD_REQUEST',
        message,
      });
    }

    expect(await countClients(services, clinic.id)).toBe(0);
  });

  it('accepts edge birth dates', async () => {
    const { admin } = await createTestClinic(await testServices());
    const todayFurthestAhead = localDateOf(new Date(), 'Pacific/Kiritimati');

    for (const birthDate of ['2024-02-29', '1900-01-01', todayFurthestAhead]) {
      const created = await admin.caller.clients.create({ ...AZIZA, birthDate });
      expect(created.birthDate).toBe(birthDate);
    }
  });

  it('rejects other bad fields by name', async () => {
    const { admin } = await createTestClinic(await testServices());
    const create = (input: unknown) => admin.caller.clients.create(input as CreateInput);

    await expectTRPCError(create({ ...AZIZA, sex: 'f' }), {
      code: 'BAD_REQUEST',
      message: 'sex: must be one of male, female, other, unknown',
    });
    await expectTRPCError(create({ ...AZIZA, guardianPhone: 'ask mother' }), {
      code: 'BAD_REQUEST',
      message: 'guardianPhone: must be a phone number',
    });
    await expectTRPCError(create({ ...AZIZA, isDisabled: 'yes' }), {
      code: 'BAD_REQUEST',
      message: 'isDisabled: must be true or false',
    });
  });

  it('keeps the birth date in every server zone', async () => {
    const { admin } = await createTestClinic(await testServices());
    const originalTimeZone = process.env.TZ;

    try {
      for (const timeZone of ['UTC', 'Asia/Tashkent', 'America/New_York']) {
        process.env.TZ = timeZone;
        const fullName = `Born in ${timeZone}`;

        const created = await admin.caller.clients.create({ ...AZIZA, fullName });
        const read = await admin.caller.clients.get({ id: created.id });
        const listed = await admin.caller.clients.list({ search: fullName });

        expect(created.birthDate, `create in ${timeZone}`).toBe('2015-03-08');
        expect(read.birthDate, `get in ${timeZone}`).toBe('2015-03-08');
        expect(
          listed.items.map((client) => client.birthDate),
          `list in ${timeZone}`,
        ).toEqual(['2015-03-08']);
      }
    } finally {
      if (originalTimeZone === undefined) {
        delete process.env.TZ;
      } else {
        process.env.TZ = originalTimeZone;
      }
    }
  });
});

describe('clients.create in parallel', () => {
  it('numbers clients around numbers typed by hand at the same time', async () => {
    const services = await testServices();
    const { staff } = await createTestClinic(services);
    const profile = {
      fullName: 'Parallel Client',
      birthDate: '2016-05-05',
      sex: 'female' as const,
    };
    const first = await staff.caller.clients.create(profile);
    const firstNumber = Number(first.recordNumber.slice(2));
    const typedByHand = Array.from(
      { length: 10 },
      (_, index) => `C-${String(firstNumber + index + 1).padStart(6, '0')}`,
    );

    const [manual, automatic] = await Promise.all([
      Promise.allSettled(
        typedByHand.map((recordNumber) =>
          callerFor(services, staff.token).clients.create({ ...profile, recordNumber }),
        ),
      ),
      Promise.allSettled(
        typedByHand.map(() => callerFor(services, staff.token).clients.create(profile)),
      ),
    ]);

    // A number typed by hand may lose to the automatic numbering; an automatic one never fails.
    const failures = automatic.flatMap((result) =>
      result.status === 'rejected' ? [String(result.reason)] : [],
    );
    expect(
      automatic.every((result) => result.status === 'fulfilled'),
      failures.join('; '),
    ).toBe(true);
    for (const result of manual) {
      if (result.status === 'rejected') {
        expect((result.reason as { code: string }).code).toBe('CONFLICT');
      }
    }

    const stored = await staff.caller.clients.list({ search: 'Parallel Client', limit: 100 });
    const numbers = stored.items.map((client) => client.recordNumber);
    const manualWins = manual.filter((result) => result.status === 'fulfilled').length;
    expect(numbers).toHaveLength(1 + 10 + manualWins);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe('clients.get', () => {
  it('returns a client to every role', async () => {
    const { admin, doctor, staff } = await createTestClinic(await testServices());
    const created = await admin.caller.clients.create(AZIZA);

    for (const member of [admin, doctor, staff]) {
      expect(await member.caller.clients.get({ id: created.id })).toEqual(created);
    }
  });

  it('returns NOT_FOUND for an unknown id', async () => {
    const { admin } = await createTestClinic(await testServices());

    await expectTRPCError(
      admin.caller.clients.get({ id: '00000000-0000-4000-8000-000000000000' }),
      { code: 'NOT_FOUND', message: 'client not found' },
    );
  });

  it('rejects a malformed id by field', async () => {
    const { admin } = await createTestClinic(await testServices());

    await expectTRPCError(admin.caller.clients.get({ id: 'C-000001' }), {
      code: 'BAD_REQUEST',
      message: 'id: must be a valid id',
    });
  });

  it('rejects an anonymous caller', async () => {
    const services = await testServices();
    const { admin } = await createTestClinic(services);
    const created = await admin.caller.clients.create(AZIZA);

    await expectTRPCError(callerFor(services).clients.get({ id: created.id }), {
      code: 'UNAUTHORIZED',
    });
  });
});

describe('clients.update', () => {
  it('keeps omitted fields and clears nulls', async () => {
    const { admin } = await createTestClinic(await testServices());
    const created = await admin.caller.clients.create({
      ...AZIZA,
      isDisabled: true,
      disabilityNote: 'Cerebral palsy',
      guardianName: 'Nodira Karimova',
      notes: 'Allergic to penicillin',
    });

    const renamed = await admin.caller.clients.update({
      id: created.id,
      fullName: 'Aziza Rahimova',
    });

    expect({ ...renamed, updatedAt: created.updatedAt }).toEqual({
      ...created,
      fullName: 'Aziza Rahimova',
    });
    expect(Date.parse(renamed.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
    expect(renamed.isDisabled).toBe(true);
    expect(renamed.birthDate).toBe('2015-03-08');

    const cleared = await admin.caller.clients.update({
      id: created.id,
      phone: null,
      guardianName: '  ',
      notes: null,
    });

    expect(cleared.phone).toBeNull();
    expect(cleared.guardianName).toBeNull();
    expect(cleared.notes).toBeNull();
    expect(cleared.disabilityNote).toBe('Cerebral palsy');
    expect(cleared.fullName).toBe('Aziza Rahimova');
    expect(await admin.caller.clients.get({ id: created.id })).toEqual(cleared);
  });

  it('changes birth date, sex and flag', async () => {
    const { admin } = await createTestClinic(await testServices());
    const created = await admin.caller.clients.create({ ...AZIZA, isDisabled: true });

    const updated = await admin.caller.clients.update({
      id: created.id,
      birthDate: '2016-02-29',
      sex: 'unknown',
      isDisabled: false,
      recordNumber: 'MED-9',
    });

    expect(updated).toMatchObject({
      birthDate: '2016-02-29',
      sex: 'unknown',
      isDisabled: false,
      recordNumber: 'MED-9',
    });
  });

  it('lets doctors and staff update clients', async () => {
    const { admin, doctor, staff } = await createTestClinic(await testServices());
    const created = await admin.caller.clients.create(AZIZA);

    await doctor.caller.clients.update({ id: created.id, notes: 'Seen by the doctor' });
    const updated = await staff.caller.clients.update({ id: created.id, address: 'Chilonzor 5' });

    expect(updated.notes).toBe('Seen by the doctor');
    expect(updated.address).toBe('Chilonzor 5');
  });

  it('rejects null required fields', async () => {
    const { admin } = await createTestClinic(await testServices());
    const created = await admin.caller.clients.create(AZIZA);
    const update = (input: unknown) =>
      admin.caller.clients.update(input as Parameters<Caller['clients']['update']>[0]);

    await expectTRPCError(update({ id: created.id, birthDate: null }), {
      code: 'BAD_REQUEST',
      message: 'birthDate: must be a date as YYYY-MM-DD',
    });
    await expectTRPCError(update({ id: created.id, birthDate: '' }), {
      code: 'BAD_REQUEST',
      message: 'birthDate: must be a date as YYYY-MM-DD',
    });
    await expectTRPCError(update({ id: created.id, fullName: '  ' }), {
      code: 'BAD_REQUEST',
      message: 'fullName: must not be blank',
    });
    await expectTRPCError(update({ id: created.id, sex: null }), {
      code: 'BAD_REQUEST',
      message: 'sex: must be one of male, female, other, unknown',
    });
    await expectTRPCError(update({ id: created.id, isDisabled: null }), {
      code: 'BAD_REQUEST',
      message: 'isDisabled: must be true or false',
    });
    await expectTRPCError(update({ id: 'not-an-id', fullName: 'X' }), {
      code: 'BAD_REQUEST',
      message: 'id: must be a valid id',
    });

    expect(await admin.caller.clients.get({ id: created.id })).toEqual(created);
  });

  it('rejects a taken record number', async () => {
    const { admin } = await createTestClinic(await testServices());
    const first = await admin.caller.clients.create(AZIZA);
    const second = await admin.caller.clients.create({ ...AZIZA, fullName: 'Second Client' });

    await expectTRPCError(
      admin.caller.clients.update({ id: second.id, recordNumber: first.recordNumber }),
      { code: 'CONFLICT', message: 'recordNumber: is already used by another client' },
    );

    expect(await admin.caller.clients.get({ id: second.id })).toEqual(second);
  });

  it('returns NOT_FOUND for an unknown id', async () => {
    const { admin } = await createTestClinic(await testServices());

    await expectTRPCError(
      admin.caller.clients.update({ id: '00000000-0000-4000-8000-000000000000', notes: 'x' }),
      { code: 'NOT_FOUND', message: 'client not found' },
    );
  });
});

describe('clients.archive', () => {
  it('hides archived clients from lists', async () => {
    const { admin } = await createTestClinic(await testServices());
    const kept = await admin.caller.clients.create({ ...AZIZA, fullName: 'Kept Client' });
    const archived = await admin.caller.clients.create({ ...AZIZA, fullName: 'Gone Client' });

    const result = await admin.caller.clients.archive({ id: archived.id });

    expect(result.archivedAt).not.toBeNull();
    expect(namesOf((await admin.caller.clients.list({})).items)).toEqual(['Kept Client']);
    expect(namesOf((await admin.caller.clients.list({ isArchived: true })).items)).toEqual([
      'Gone Client',
    ]);
    expect(await admin.caller.clients.get({ id: archived.id })).toEqual(result);
    expect((await admin.caller.clients.get({ id: kept.id })).archivedAt).toBeNull();
  });

  it('keeps the first archive time', async () => {
    const { admin } = await createTestClinic(await testServices());
    const created = await admin.caller.clients.create(AZIZA);

    const first = await admin.caller.clients.archive({ id: created.id });
    const second = await admin.caller.clients.archive({ id: created.id });

    expect(second.archivedAt).toBe(first.archivedAt);
  });

  it('lets doctors and staff archive clients', async () => {
    const { admin, doctor, staff } = await createTestClinic(await testServices());
    const first = await admin.caller.clients.create({ ...AZIZA, fullName: 'First' });
    const second = await admin.caller.clients.create({ ...AZIZA, fullName: 'Second' });

    expect((await doctor.caller.clients.archive({ id: first.id })).archivedAt).not.toBeNull();
    expect((await staff.caller.clients.archive({ id: second.id })).archivedAt).not.toBeNull();
  });

  it('rejects malformed and unknown ids', async () => {
    const { admin } = await createTestClinic(await testServices());

    await expectTRPCError(admin.caller.clients.archive({ id: '' }), {
      code: 'BAD_REQUEST',
      message: 'id: must be a valid id',
    });
    await expectTRPCError(
      admin.caller.clients.archive({ id: '00000000-0000-4000-8000-000000000000' }),
      { code: 'NOT_FOUND', message: 'client not found' },
    );
  });
});

describe('clients.restore', () => {
  it('returns a client to the list', async () => {
    const { admin } = await createTestClinic(await testServices());
    const created = await admin.caller.clients.create(AZIZA);
    await admin.caller.clients.archive({ id: created.id });

    const restored = await admin.caller.clients.restore({ id: created.id });

    expect(restored.archivedAt).toBeNull();
    expect(namesOf((await admin.caller.clients.list({})).items)).toEqual(['Aziza Karimova']);
    expect((await admin.caller.clients.list({ isArchived: true })).items).toEqual([]);
  });

  it('forbids doctors and staff', async () => {
    const { admin, doctor, staff } = await createTestClinic(await testServices());
    const created = await admin.caller.clients.create(AZIZA);
    const archived = await admin.caller.clients.archive({ id: created.id });

    for (const member of [doctor, staff]) {
      await expectTRPCError(member.caller.clients.restore({ id: created.id }), {
        code: 'FORBIDDEN',
        message: 'your role may not restore archived clients',
      });
    }

    expect(await admin.caller.clients.get({ id: created.id })).toEqual(archived);
  });

  it('rejects malformed and unknown ids', async () => {
    const { admin } = await createTestClinic(await testServices());

    await expectTRPCError(admin.caller.clients.restore({ id: 'abc' }), {
      code: 'BAD_REQUEST',
      message: 'id: must be a valid id',
    });
    await expectTRPCError(
      admin.caller.clients.restore({ id: '00000000-0000-4000-8000-000000000000' }),
      { code: 'NOT_FOUND', message: 'client not found' },
    );
  });
});

describe('clients.list', () => {
  it('pages 25 clients created in one transaction without repeats', async () => {
    const services = await testServices();
    const { admin, clinic } = await createTestClinic(services);
    const values = createClientInput.parse({ ...AZIZA, fullName: 'Same Name' });
    const created = await withClinic(services.db, clinic.id, async (trx) => {
      const clients: Client[] = [];

      for (let index = 0; index < 25; index += 1) {
        clients.push(await createClient(trx, { clinicId: clinic.id, values }));
      }

      return clients;
    });
    const createdIds = new Set(created.map((client) => client.id));

    expect(createdIds.size).toBe(25);
    expect(new Set(created.map((client) => client.createdAt)).size).toBe(1);

    const first = await admin.caller.clients.list({ limit: 10 });
    const late = await admin.caller.clients.create({ ...AZIZA, fullName: 'Same Name' });
    const second = await admin.caller.clients.list({ limit: 10, cursor: first.nextCursor });
    const third = await admin.caller.clients.list({ limit: 10, cursor: second.nextCursor });

    expect(first.items).toHaveLength(10);
    expect(second.items).toHaveLength(10);
    expect(third.nextCursor).toBeNull();

    const listedIds = [...first.items, ...second.items, ...third.items].map((client) => client.id);
    const listedOriginals = listedIds.filter((id) => createdIds.has(id));

    expect(new Set(listedIds).size).toBe(listedIds.length);
    expect(listedOriginals).toHaveLength(25);
    expect(new Set(listedOriginals)).toEqual(createdIds);
    expect(listedIds.filter((id) => id !== late.id && !createdIds.has(id))).toEqual([]);
    expect([...listedIds].sort()).toEqual([...listedIds]);
  });

  it('pages clients in name order', async () => {
    const { admin } = await createTestClinic(await testServices());
    for (const fullName of ['Dilshod', 'Aziza', 'Bobur', 'Charos', 'Elyor']) {
      await admin.caller.clients.create({ ...AZIZA, fullName });
    }

    const pages = await listAllPages(admin.caller, { limit: 2 });

    expect(pages.map(namesOf)).toEqual([['Aziza', 'Bobur'], ['Charos', 'Dilshod'], ['Elyor']]);
  });

  it('searches name, record number and phone', async () => {
    const { admin } = await createTestClinic(await testServices());
    await admin.caller.clients.create(AZIZA);
    await admin.caller.clients.create({
      fullName: 'Bobur Aliyev',
      birthDate: '1980-11-30',
      sex: 'male',
      recordNumber: 'MED-77',
      phone: '+998 71 555 00 11',
    });
    await admin.caller.clients.create({
      fullName: 'Dilshod 100%',
      birthDate: '1990-01-01',
      sex: 'male',
    });

    const search = async (text: string): Promise<string[]> =>
      namesOf((await admin.caller.clients.list({ search: text })).items);

    expect(await search('karim')).toEqual(['Aziza Karimova']);
    expect(await search('  KARIMOVA ')).toEqual(['Aziza Karimova']);
    expect(await search('med-77')).toEqual(['Bobur Aliyev']);
    expect(await search('C-000001')).toEqual(['Aziza Karimova']);
    expect(await search('123 45')).toEqual(['Aziza Karimova']);
    expect(await search('+998')).toEqual(['Aziza Karimova', 'Bobur Aliyev']);
    expect(await search('100%')).toEqual(['Dilshod 100%']);
    expect(await search('%')).toEqual(['Dilshod 100%']);
    expect(await search('_')).toEqual([]);
    expect(await search('Zafar')).toEqual([]);
  });

  it('filters by sex, disability and archive', async () => {
    const { admin } = await createTestClinic(await testServices());
    const base = { birthDate: '2010-05-05' };
    await admin.caller.clients.create({ ...base, fullName: 'Anvar', sex: 'male' });
    await admin.caller.clients.create({
      ...base,
      fullName: 'Barno',
      sex: 'female',
      isDisabled: true,
    });
    await admin.caller.clients.create({ ...base, fullName: 'Cheng', sex: 'other' });
    const archived = await admin.caller.clients.create({
      ...base,
      fullName: 'Doston',
      sex: 'male',
      isDisabled: true,
    });
    await admin.caller.clients.archive({ id: archived.id });

    const list = async (input: Parameters<Caller['clients']['list']>[0]): Promise<string[]> =>
      namesOf((await admin.caller.clients.list(input)).items);

    expect(await list({})).toEqual(['Anvar', 'Barno', 'Cheng']);
    expect(await list({ sex: 'male' })).toEqual(['Anvar']);
    expect(await list({ sex: 'female' })).toEqual(['Barno']);
    expect(await list({ sex: 'unknown' })).toEqual([]);
    expect(await list({ isDisabled: true })).toEqual(['Barno']);
    expect(await list({ isDisabled: false })).toEqual(['Anvar', 'Cheng']);
    expect(await list({ isArchived: true })).toEqual(['Doston']);
    expect(await list({ isArchived: true, sex: 'male', isDisabled: true })).toEqual(['Doston']);
    expect(await list({ isArchived: true, sex: 'female' })).toEqual([]);
    expect(await list({ isArchived: false, sex: 'male' })).toEqual(['Anvar']);
  });

  it('filters by age on the clinic date', async () => {
    const { admin, clinic } = await createTestClinic(await testServices(), {
      timeZone: 'Pacific/Kiritimati',
    });
    const today = localDateOf(new Date(), clinic.timeZone);
    const births = {
      'A newborn': today,
      'B four, five tomorrow': addDays(yearsBefore(today, 5), 1),
      'C five today': yearsBefore(today, 5),
      'D ten, eleven tomorrow': addDays(yearsBefore(today, 11), 1),
      'E eleven today': yearsBefore(today, 11),
    };
    for (const [fullName, birthDate] of Object.entries(births)) {
      await admin.caller.clients.create({ fullName, birthDate, sex: 'unknown' });
    }

    const ages = Object.values(births).map((birthDate) => ageOn(birthDate, today));
    expect(ages).toEqual([0, 4, 5, 10, 11]);

    const list = async (input: { ageMin?: number; ageMax?: number }): Promise<string[]> =>
      namesOf((await admin.caller.clients.list(input)).items);

    expect(await list({ ageMin: 5, ageMax: 10 })).toEqual([
      'C five today',
      'D ten, eleven tomorrow',
    ]);
    expect(await list({ ageMin: 5 })).toEqual([
      'C five today',
      'D ten, eleven tomorrow',
      'E eleven today',
    ]);
    expect(await list({ ageMax: 4 })).toEqual(['A newborn', 'B four, five tomorrow']);
    expect(await list({ ageMin: 0, ageMax: 0 })).toEqual(['A newborn']);
    expect(await list({ ageMin: 11, ageMax: 11 })).toEqual(['E eleven today']);
    expect(await list({ ageMin: 6, ageMax: 9 })).toEqual([]);
  });

  it('lets doctors and staff list clients', async () => {
    const { admin, doctor, staff } = await createTestClinic(await testServices());
    const created = await admin.caller.clients.create(AZIZA);

    for (const member of [doctor, staff]) {
      const page = await member.caller.clients.list({ search: 'Aziza' });
      expect(page.items.map((client) => client.id)).toEqual([created.id]);
    }
  });

  it('rejects a bad cursor by field', async () => {
    const services = await testServices();
    const { admin, clinic } = await createTestClinic(services);
    await admin.caller.clients.create(AZIZA);
    const badCursors = [
      'not a cursor',
      encodeTestCursor(['Aziza Karimova']),
      encodeTestCursor(['Aziza Karimova', 'not-an-id']),
      encodeTestCursor([1, 2]),
      encodeTestCursor({ fullName: 'Aziza', id: '00000000-0000-4000-8000-000000000000' }),
    ];

    for (const cursor of badCursors) {
      const error = await expectTRPCError(admin.caller.clients.list({ cursor }), {
        code: 'BAD_REQUEST',
        message: 'cursor: is not a cursor returned by this list',
      });
      expect(error.cause).toMatchObject({
        options: { fieldErrors: { cursor: [expect.any(String)] } },
      });
    }

    expect(await countClients(services, clinic.id)).toBe(1);
  });

  it('rejects bad age bounds by field', async () => {
    const { admin } = await createTestClinic(await testServices());

    await expectTRPCError(admin.caller.clients.list({ ageMin: 10, ageMax: 5 }), {
      code: 'BAD_REQUEST',
      message: 'ageMax: must not be less than ageMin (10), got 5',
    });
    await expectTRPCError(admin.caller.clients.list({ ageMin: -1 }), {
      code: 'BAD_REQUEST',
      message: 'ageMin: must not be negative',
    });
    await expectTRPCError(admin.caller.clients.list({ ageMax: 151 }), {
      code: 'BAD_REQUEST',
      message: 'ageMax: must be at most 150',
    });
    await expectTRPCError(admin.caller.clients.list({ ageMin: 2.5 }), {
      code: 'BAD_REQUEST',
      message: 'ageMin: must be a whole number of years from 0 to 150',
    });
    await expectTRPCError(admin.caller.clients.list({ limit: 101 }), {
      code: 'BAD_REQUEST',
      message: 'limit: must be at most 100',
    });
  });
});

describe('clients across clinics', () => {
  it("returns NOT_FOUND for another clinic's ids", async () => {
    const services = await testServices();
    const clinicA = await createTestClinic(services);
    const clinicB = await createTestClinic(services);
    const client = await clinicA.admin.caller.clients.create({
      ...AZIZA,
      recordNumber: 'A-SECRET-1',
    });
    const archived = await clinicA.admin.caller.clients.create({
      ...AZIZA,
      fullName: 'Archived At A',
      recordNumber: 'A-SECRET-2',
    });
    const archivedBefore = await clinicA.admin.caller.clients.archive({ id: archived.id });
    const intruder = clinicB.admin.caller;

    await expectTRPCError(intruder.clients.get({ id: client.id }), {
      code: 'NOT_FOUND',
      message: 'client not found',
    });
    await expectTRPCError(intruder.clients.update({ id: client.id, fullName: 'Taken' }), {
      code: 'NOT_FOUND',
      message: 'client not found',
    });
    await expectTRPCError(intruder.clients.archive({ id: client.id }), {
      code: 'NOT_FOUND',
      message: 'client not found',
    });
    await expectTRPCError(intruder.clients.restore({ id: archived.id }), {
      code: 'NOT_FOUND',
      message: 'client not found',
    });

    expect(await clinicA.admin.caller.clients.get({ id: client.id })).toEqual(client);
    expect(await clinicA.admin.caller.clients.get({ id: archived.id })).toEqual(archivedBefore);
  });

  it("never lists another clinic's clients", async () => {
    const services = await testServices();
    const clinicA = await createTestClinic(services);
    const clinicB = await createTestClinic(services);
    const client = await clinicA.admin.caller.clients.create({
      ...AZIZA,
      recordNumber: 'A-SECRET-1',
    });
    const archived = await clinicA.admin.caller.clients.create({
      ...AZIZA,
      fullName: 'Archived At A',
      recordNumber: 'A-SECRET-2',
    });
    await clinicA.admin.caller.clients.archive({ id: archived.id });
    const own = await clinicB.admin.caller.clients.create({
      ...AZIZA,
      fullName: 'Own Client At B',
      recordNumber: 'A-SECRET-1',
    });
    const searches = [
      {},
      { isArchived: true },
      { search: client.fullName },
      { search: client.recordNumber },
      { search: archived.recordNumber, isArchived: true },
      { search: '+998 90 123' },
      { sex: 'female' as const, ageMin: 0, ageMax: 150 },
    ];

    for (const member of [clinicB.admin, clinicB.doctor, clinicB.staff]) {
      for (const input of searches) {
        const pages = await listAllPages(member.caller, input);
        const ids = pages.flat().map((listed) => listed.id);

        expect(ids, JSON.stringify(input)).not.toContain(client.id);
        expect(ids, JSON.stringify(input)).not.toContain(archived.id);
      }
    }

    const byRecordNumber = await clinicB.admin.caller.clients.list({ search: 'A-SECRET-1' });
    expect(byRecordNumber.items.map((listed) => listed.id)).toEqual([own.id]);
    expect(await clinicA.admin.caller.clients.get({ id: client.id })).toEqual(client);
  });
});
