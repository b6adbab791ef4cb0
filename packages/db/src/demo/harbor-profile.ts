import type { ClinicProfile, WorkingHours } from './clinic-profile';
import type { Random } from './random';

const AREA_CODES = ['562', '310', '424', '213'] as const;

const NEIGHBOURHOODS = [
  { city: 'Long Beach', zip: '90806' },
  { city: 'Long Beach', zip: '90813' },
  { city: 'Torrance', zip: '90503' },
  { city: 'San Pedro', zip: '90731' },
  { city: 'Carson', zip: '90745' },
  { city: 'Lakewood', zip: '90712' },
  { city: 'Wilmington', zip: '90744' },
] as const;

const STREETS = [
  'Elm Ave',
  'Cherry Ave',
  'Anaheim St',
  'Gaffey St',
  'Carson St',
  'Del Amo Blvd',
  'Hawthorne Blvd',
  'Artesia Blvd',
  'Willow St',
  'Pacific Ave',
] as const;

const WEEKDAY_HOURS: WorkingHours = {
  opensAt: 8 * 60 + 30,
  closesAt: 17 * 60 + 30,
  lunch: { startsAt: 12 * 60 + 30, endsAt: 13 * 60 + 30 },
};

// Numbers 555-0100 to 555-0199 are set aside for fiction in the North American plan.
function randomPhone(random: Random): string {
  return `+1 (${random.pick(AREA_CODES)}) 555-01${String(random.integer(0, 99)).padStart(2, '0')}`;
}

function randomAddress(random: Random): string {
  const place = random.pick(NEIGHBOURHOODS);
  const unit = random.chance(0.3) ? ` Apt ${random.integer(1, 40)}` : '';

  return `${random.integer(100, 4999)} ${random.pick(STREETS)}${unit}, ${place.city}, CA ${place.zip}`;
}

/** A pediatric practice near the Port of Los Angeles, open on weekdays. */
export const HARBOR_PROFILE: ClinicProfile = {
  seed: 0x48_61_72_62,
  name: 'Harbor Pediatrics',
  timeZone: 'America/Los_Angeles',
  currency: 'USD',
  departments: [
    {
      key: 'long-beach',
      name: 'Long Beach office',
      city: 'Long Beach',
      address: '3620 Harbor Crest Ave, Suite 210, Long Beach, CA 90806',
      phone: '+1 (562) 555-0100',
    },
    {
      key: 'torrance',
      name: 'Torrance office',
      city: 'Torrance',
      address: '2150 Del Amo Blvd, Suite 105, Torrance, CA 90503',
      phone: '+1 (310) 555-0130',
    },
  ],
  admin: {
    fullName: 'Rebecca Alvarez',
    email: 'admin@harbor.demo',
    phone: '+1 (562) 555-0111',
    departmentKey: null,
  },
  doctors: [
    {
      fullName: 'Emily Nguyen',
      email: 'doctor@harbor.demo',
      phone: '+1 (562) 555-0123',
      departmentKey: 'long-beach',
      specialty: 'Pediatrics',
      field: 'paediatrics',
      slotMinutes: 20,
    },
    {
      fullName: 'Marcus Lee',
      email: 'marcus.lee@harbor.demo',
      phone: '+1 (310) 555-0147',
      departmentKey: 'torrance',
      specialty: 'Pediatric otolaryngology (ENT)',
      field: 'ent',
      slotMinutes: 30,
    },
    {
      fullName: 'Priya Patel',
      email: 'priya.patel@harbor.demo',
      phone: '+1 (424) 555-0158',
      departmentKey: 'long-beach',
      specialty: 'Pediatric dermatology',
      field: 'dermatology',
      slotMinutes: 20,
      visitingDepartments: { 5: 'torrance' },
    },
    {
      fullName: 'Daniel Okafor',
      email: 'daniel.okafor@harbor.demo',
      phone: '+1 (310) 555-0162',
      departmentKey: 'torrance',
      specialty: 'Allergy and immunology',
      field: 'allergy',
      slotMinutes: 30,
      visitingDepartments: { 3: 'long-beach' },
    },
  ],
  staff: [
    {
      fullName: 'Jessica Tran',
      email: 'staff@harbor.demo',
      phone: '+1 (562) 555-0174',
      departmentKey: 'long-beach',
    },
    {
      fullName: 'Michael Brooks',
      email: 'michael.brooks@harbor.demo',
      phone: '+1 (310) 555-0186',
      departmentKey: 'torrance',
    },
  ],
  clientCount: 850,
  hours: {
    1: WEEKDAY_HOURS,
    2: WEEKDAY_HOURS,
    3: WEEKDAY_HOURS,
    4: WEEKDAY_HOURS,
    5: WEEKDAY_HOURS,
  },
  prices: {
    paediatrics: 16_500,
    ent: 24_000,
    neurology: 26_000,
    ophthalmology: 21_000,
    orthopaedics: 24_500,
    dentistry: 18_000,
    dermatology: 21_000,
    allergy: 26_500,
  },
  paymentStepMinor: 500,
  names: {
    male: [
      'Liam',
      'Noah',
      'Mateo',
      'Ethan',
      'Lucas',
      'Daniel',
      'Sebastian',
      'Julian',
      'Elijah',
      'Aiden',
      'Ryan',
      'Nathan',
      'Diego',
      'Owen',
      'Kai',
      'Isaac',
      'Leo',
      'Gabriel',
      'Samuel',
      'Adrian',
    ],
    female: [
      'Olivia',
      'Emma',
      'Sofia',
      'Mia',
      'Isabella',
      'Camila',
      'Ava',
      'Chloe',
      'Zoe',
      'Luna',
      'Maya',
      'Aria',
      'Grace',
      'Hannah',
      'Valeria',
      'Leah',
      'Naomi',
      'Ximena',
      'Ruby',
      'Elena',
    ],
    surnames: [
      'Garcia',
      'Nguyen',
      'Kim',
      'Martinez',
      'Lopez',
      'Johnson',
      'Smith',
      'Chen',
      'Patel',
      'Rodriguez',
      'Hernandez',
      'Williams',
      'Brown',
      'Lee',
      'Park',
      'Davis',
      'Ramirez',
      'Tran',
      'Flores',
      'Reyes',
    ],
  },
  formatName: (given, surname) => `${given} ${surname}`,
  randomPhone,
  randomAddress,
  clientNotes: [
    'Allergic to penicillin (rash).',
    'Prefers Spanish; a parent interprets.',
    'Peanut allergy; carries an epinephrine auto-injector.',
    'Insurance: Medi-Cal.',
    'Parents share custody; either may bring the child.',
    'Latex allergy.',
  ],
};
