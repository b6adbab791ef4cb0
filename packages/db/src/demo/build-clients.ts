import { ageOn } from '@medsys/domain';
import type { Insertable } from 'kysely';

import type { ClientTable, Sex } from '../schema';
import { addDays } from './calendar';
import type { ClinicProfile } from './clinic-profile';
import { instantAtLocalTime } from './local-time';
import type { Random } from './random';

export type DemoClientRow = Insertable<ClientTable> & { id: string; isDisabled: boolean };

export type DemoClient = {
  row: DemoClientRow;
  /** Local date the card was archived on. The client books nothing from that day on. */
  archivedOn: string | null;
};

const DISABILITY_NOTES = [
  'Cerebral palsy, spastic diplegia.',
  'Down syndrome.',
  'Bilateral sensorineural hearing loss; cochlear implant.',
  'Autism spectrum disorder.',
  'Spina bifida; uses a wheelchair.',
  'Low vision after retinopathy of prematurity.',
  'Epilepsy with developmental delay.',
] as const;

const ARCHIVE_NOTES = [
  'Moved to another city; records handed to the family.',
  'Transferred to an adult clinic.',
  'Family chose another clinic.',
] as const;

// Every 150th client is born on 29 February, so each clinic has a few of them.
const LEAP_DAY_EVERY = 150;
const ARCHIVED_SHARE = 0.012;

/**
 * Chooses an age in completed years on the clinic's local today. A children's clinic mostly
 * sees children, but every statistics band needs clients: infants, children of 1 to 16,
 * teenagers of 17 and 18, and adults (parents, and disabled adults followed since childhood).
 */
function chooseAge(random: Random): number {
  const roll = random.next();

  if (roll < 0.13) {
    return 0;
  }

  if (roll < 0.73) {
    return random.integer(1, 16);
  }

  if (roll < 0.81) {
    return random.integer(17, 18);
  }

  return random.integer(19, 48);
}

function chooseSex(random: Random): Sex {
  const roll = random.next();

  if (roll < 0.47) {
    return 'male';
  }

  if (roll < 0.94) {
    return 'female';
  }

  return roll < 0.955 ? 'other' : 'unknown';
}

/** Finds a birth date that makes the client exactly `age` on `today`. */
function chooseBirthDate(random: Random, today: string, age: number): string {
  let birthDate = addDays(today, -Math.round(age * 365.2425) - random.integer(0, 364));

  while (ageOn(birthDate, today) > age) {
    birthDate = addDays(birthDate, 1);
  }

  while (ageOn(birthDate, today) < age && birthDate < today) {
    birthDate = addDays(birthDate, -1);
  }

  return birthDate;
}

function chooseLeapDayBirthDate(random: Random, today: string): string {
  const year = Number(today.slice(0, 4));
  const candidates: string[] = [];

  for (let leapYear = year - 17; leapYear < year; leapYear += 1) {
    const isLeap = (leapYear % 4 === 0 && leapYear % 100 !== 0) || leapYear % 400 === 0;

    if (isLeap) {
      candidates.push(`${leapYear}-02-29`);
    }
  }

  return random.pick(candidates);
}

function chooseGivenName(random: Random, profile: ClinicProfile, sex: Sex): string {
  if (sex === 'male') {
    return random.pick(profile.names.male);
  }

  if (sex === 'female') {
    return random.pick(profile.names.female);
  }

  return random.pick(random.chance(0.5) ? profile.names.male : profile.names.female);
}

function chooseGuardianName(random: Random, profile: ClinicProfile, surname: string): string {
  const sex: Sex = random.chance(0.65) ? 'female' : 'male';

  return profile.formatName(chooseGivenName(random, profile, sex), surname, sex);
}

function chooseNotes(random: Random, profile: ClinicProfile, isArchived: boolean): string | null {
  if (isArchived) {
    return random.pick(ARCHIVE_NOTES);
  }

  return random.chance(0.08) ? random.pick(profile.clientNotes) : null;
}

/**
 * Builds a clinic's clients with record numbers C-000001 upwards. Ages are chosen for the
 * clinic's local `today`, so every statistics band has clients whatever date the demo runs on.
 */
export function buildClients(options: {
  random: Random;
  profile: ClinicProfile;
  clinicId: string;
  today: string;
}): DemoClient[] {
  const { random, profile, clinicId, today } = options;
  const clients: DemoClient[] = [];

  for (let index = 0; index < profile.clientCount; index += 1) {
    const isLeapDayBirth = index % LEAP_DAY_EVERY === LEAP_DAY_EVERY / 2;
    const birthDate = isLeapDayBirth
      ? chooseLeapDayBirthDate(random, today)
      : chooseBirthDate(random, today, chooseAge(random));
    const age = ageOn(birthDate, today);
    const sex = chooseSex(random);
    const surname = random.pick(profile.names.surnames);
    const isDisabled = random.chance(age >= 19 ? 0.12 : 0.04);
    const hasGuardian = age < 18 || (isDisabled && random.chance(0.5));
    const hasOwnPhone = age >= 14 && random.chance(age >= 18 ? 0.95 : 0.6);
    const isArchived = random.chance(ARCHIVED_SHARE);
    const archivedOn = isArchived ? addDays(today, -random.integer(1, 60)) : null;

    const row: DemoClientRow = {
      clinicId,
      id: random.uuid(),
      recordNumber: `C-${String(index + 1).padStart(6, '0')}`,
      fullName: profile.formatName(chooseGivenName(random, profile, sex), surname, sex),
      birthDate,
      sex,
      isDisabled,
      disabilityNote: isDisabled ? random.pick(DISABILITY_NOTES) : null,
      phone: hasOwnPhone ? profile.randomPhone(random) : null,
      address: random.chance(0.9) ? profile.randomAddress(random) : null,
      guardianName: hasGuardian ? chooseGuardianName(random, profile, surname) : null,
      guardianPhone: hasGuardian ? profile.randomPhone(random) : null,
      notes: chooseNotes(random, profile, isArchived),
      archivedAt: archivedOn
        ? instantAtLocalTime(archivedOn, random.integer(9 * 60, 16 * 60), profile.timeZone)
        : null,
    };

    clients.push({ row, archivedOn });
  }

  return clients;
}
