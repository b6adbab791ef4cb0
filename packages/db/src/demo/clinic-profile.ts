import type { Sex } from '../schema';
import type { IsoWeekday } from './calendar';
import type { Random } from './random';

/** The kind of practice a doctor runs, which decides the clinical cases they see. */
export type CaseField =
  | 'paediatrics'
  | 'ent'
  | 'neurology'
  | 'ophthalmology'
  | 'orthopaedics'
  | 'dentistry'
  | 'dermatology'
  | 'allergy';

/** Opening hours of one weekday, in minutes after local midnight. */
export type WorkingHours = {
  opensAt: number;
  closesAt: number;
  /** A break with no appointments, or null when the day has none. */
  lunch: { startsAt: number; endsAt: number } | null;
};

export type DemoDepartment = {
  key: string;
  name: string;
  city: string;
  address: string;
  phone: string;
};

export type DemoMember = {
  fullName: string;
  email: string;
  phone: string;
  /** The department's `key`, or null for a member who works across the clinic. */
  departmentKey: string | null;
};

export type DemoDoctor = DemoMember & {
  specialty: string;
  field: CaseField;
  slotMinutes: 20 | 30;
  /** Weekdays on which the doctor works in another department than their home one. */
  visitingDepartments?: Partial<Record<IsoWeekday, string>>;
};

/** Everything that makes one demo clinic look like a real one in its region. */
export type ClinicProfile = {
  seed: number;
  name: string;
  timeZone: string;
  currency: string;
  departments: readonly DemoDepartment[];
  admin: DemoMember;
  /** The first doctor is the one with the memorable sign-in email. */
  doctors: readonly [DemoDoctor, ...DemoDoctor[]];
  /** The first staff member books appointments and has the memorable sign-in email. */
  staff: readonly [DemoMember, ...DemoMember[]];
  clientCount: number;
  /** Opening hours by ISO weekday; a missing weekday is a day off. */
  hours: Partial<Record<IsoWeekday, WorkingHours>>;
  /** Visit prices in minor units of `currency`. */
  prices: Record<CaseField, number>;
  /** Step, in minor units, that partial payments are rounded to. */
  paymentStepMinor: number;
  names: {
    male: readonly string[];
    female: readonly string[];
    surnames: readonly string[];
  };
  /** Builds a full name in the order the region writes it, with the surname's form for `sex`. */
  formatName: (given: string, surname: string, sex: Sex) => string;
  randomPhone: (random: Random) => string;
  randomAddress: (random: Random) => string;
  /** Free-text notes that a front desk in this region writes on a client's card. */
  clientNotes: readonly string[];
};
