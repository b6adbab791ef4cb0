import { randomUUID } from 'node:crypto';

import type { Clinic, Member, Role } from '@medsys/domain';

import type { AppServices } from '../trpc/context';
import { callerFor, type Caller } from './callers';

export const TEST_PASSWORD = 'correct horse battery';

export type SignedInMember = { member: Member; token: string; caller: Caller; email: string };

export type TestClinic = {
  clinic: Clinic;
  departmentId: string;
  admin: SignedInMember;
  doctor: SignedInMember;
  staff: SignedInMember;
  /** Invites and signs up one more member of the clinic. */
  addMember: (role: Role, fullName?: string) => Promise<SignedInMember>;
};

function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomUUID()}@example.test`;
}

/**
 * Creates a fresh clinic through the API with an admin, a department, a doctor of that department
 * and a staff member, each signed in. Ids and emails are random, so tests run in any order.
 */
export async function createTestClinic(
  services: AppServices,
  options: { timeZone?: string; name?: string } = {},
): Promise<TestClinic> {
  const anonymous = callerFor(services);
  const adminEmail = uniqueEmail('admin');
  const signedUp = await anonymous.auth.signUpClinic({
    clinic: {
      name: options.name ?? `Clinic ${randomUUID().slice(0, 8)}`,
      timeZone: options.timeZone ?? 'Asia/Tashkent',
      currency: 'UZS',
    },
    admin: { fullName: 'Ada Admin', email: adminEmail, password: TEST_PASSWORD },
  });
  const admin: SignedInMember = {
    member: signedUp.member,
    token: signedUp.token,
    caller: callerFor(services, signedUp.token),
    email: adminEmail,
  };
  const department = await admin.caller.departments.create({
    name: 'Paediatrics',
    city: 'Tashkent',
  });

  async function addMember(role: Role, fullName = `Test ${role}`): Promise<SignedInMember> {
    const email = uniqueEmail(role);
    const { code } = await admin.caller.invitations.create({ email, role });
    const joined = await anonymous.auth.acceptInvitation({
      code,
      email,
      password: TEST_PASSWORD,
      fullName,
      specialty: role === 'doctor' ? 'Paediatrics' : undefined,
      departmentId: role === 'doctor' ? department.id : undefined,
    });

    return {
      member: joined.member,
      token: joined.token,
      caller: callerFor(services, joined.token),
      email,
    };
  }

  return {
    clinic: signedUp.clinic,
    departmentId: department.id,
    admin,
    doctor: await addMember('doctor', 'Dilnoza Doctor'),
    staff: await addMember('staff', 'Sardor Staff'),
    addMember,
  };
}
