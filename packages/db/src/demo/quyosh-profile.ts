import type { ClinicProfile } from './clinic-profile';
import type { Random } from './random';

const MOBILE_CODES = ['90', '91', '93', '94', '97', '99', '88', '33'] as const;

const TASHKENT_DISTRICTS = [
  'Chilonzor',
  'Yunusobod',
  "Mirzo Ulug'bek",
  'Yakkasaroy',
  'Shayxontohur',
  'Sergeli',
  'Olmazor',
  'Mirobod',
  'Uchtepa',
  'Yashnobod',
] as const;

const TASHKENT_STREETS = [
  'Bunyodkor',
  'Muqimiy',
  'Qatortol',
  'Lutfiy',
  "Bog'ishamol",
  'Chimboy',
  'Labzak',
  'Nurafshon',
  'Shota Rustaveli',
  'Olmachi',
] as const;

const SAMARKAND_STREETS = ['Rudakiy', 'Dagbit', 'Registon', 'Gagarin', 'Spitamen'] as const;

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function randomPhone(random: Random): string {
  const code = random.pick(MOBILE_CODES);
  const number = `${random.integer(100, 999)} ${pad2(random.integer(0, 99))} ${pad2(random.integer(0, 99))}`;

  return `+998 ${code} ${number}`;
}

function randomAddress(random: Random): string {
  const house = random.integer(1, 120);
  const flat = random.chance(0.7) ? `, ${random.integer(1, 90)}-xonadon` : '';

  if (random.chance(0.15)) {
    return `Samarqand sh., ${random.pick(SAMARKAND_STREETS)} ko'chasi, ${house}-uy${flat}`;
  }

  const district = random.pick(TASHKENT_DISTRICTS);
  const street = random.pick(TASHKENT_STREETS);

  return `Toshkent sh., ${district} tumani, ${street} ko'chasi, ${house}-uy${flat}`;
}

/** A children's clinic in Tashkent with a branch in Samarkand, working six days a week. */
export const QUYOSH_PROFILE: ClinicProfile = {
  seed: 0x51_75_79_6f,
  name: "Quyosh Children's Clinic",
  timeZone: 'Asia/Tashkent',
  currency: 'UZS',
  departments: [
    {
      key: 'chilonzor',
      name: 'Chilonzor branch',
      city: 'Tashkent',
      address: "Chilonzor tumani, Bunyodkor shoh ko'chasi, 21",
      phone: '+998 71 276 14 20',
    },
    {
      key: 'yunusobod',
      name: 'Yunusobod branch',
      city: 'Tashkent',
      address: "Yunusobod tumani, Amir Temur shoh ko'chasi, 108",
      phone: '+998 71 235 40 18',
    },
    {
      key: 'samarqand',
      name: 'Samarkand branch',
      city: 'Samarkand',
      address: "Rudakiy ko'chasi, 54",
      phone: '+998 66 233 71 09',
    },
  ],
  admin: {
    fullName: 'Rahimova Nargiza',
    email: 'admin@quyosh.demo',
    phone: '+998 90 318 22 41',
    departmentKey: null,
  },
  doctors: [
    {
      fullName: 'Karimova Dilnoza',
      email: 'doctor@quyosh.demo',
      phone: '+998 91 245 67 10',
      departmentKey: 'chilonzor',
      specialty: 'Paediatrics',
      field: 'paediatrics',
      slotMinutes: 20,
    },
    {
      fullName: 'Tursunov Bekzod',
      email: 'b.tursunov@quyosh.demo',
      phone: '+998 93 512 08 44',
      departmentKey: 'chilonzor',
      specialty: 'Otorhinolaryngology (ENT)',
      field: 'ent',
      slotMinutes: 20,
      visitingDepartments: { 2: 'yunusobod', 4: 'yunusobod' },
    },
    {
      fullName: 'Yusupova Malika',
      email: 'm.yusupova@quyosh.demo',
      phone: '+998 94 630 91 27',
      departmentKey: 'yunusobod',
      specialty: 'Paediatric neurology',
      field: 'neurology',
      slotMinutes: 30,
    },
    {
      fullName: 'Nazarov Jamshid',
      email: 'j.nazarov@quyosh.demo',
      phone: '+998 97 704 15 63',
      departmentKey: 'yunusobod',
      specialty: 'Ophthalmology',
      field: 'ophthalmology',
      slotMinutes: 20,
    },
    {
      fullName: 'Abdullayev Rustam',
      email: 'r.abdullayev@quyosh.demo',
      phone: '+998 99 871 30 52',
      departmentKey: 'chilonzor',
      specialty: 'Paediatric orthopaedics',
      field: 'orthopaedics',
      slotMinutes: 30,
      visitingDepartments: { 5: 'samarqand' },
    },
    {
      fullName: 'Ismoilova Sevara',
      email: 's.ismoilova@quyosh.demo',
      phone: '+998 90 966 48 05',
      departmentKey: 'chilonzor',
      specialty: 'Paediatric dentistry',
      field: 'dentistry',
      slotMinutes: 30,
    },
    {
      fullName: 'Qodirov Anvar',
      email: 'a.qodirov@quyosh.demo',
      phone: '+998 91 402 73 88',
      departmentKey: 'samarqand',
      specialty: 'Paediatrics',
      field: 'paediatrics',
      slotMinutes: 20,
    },
  ],
  staff: [
    {
      fullName: 'Saidova Gulnora',
      email: 'staff@quyosh.demo',
      phone: '+998 93 287 51 19',
      departmentKey: 'chilonzor',
    },
    {
      fullName: 'Ergasheva Kamola',
      email: 'k.ergasheva@quyosh.demo',
      phone: '+998 94 115 62 30',
      departmentKey: 'yunusobod',
    },
    {
      fullName: 'Mirzayev Otabek',
      email: 'o.mirzayev@quyosh.demo',
      phone: '+998 99 543 09 71',
      departmentKey: 'chilonzor',
    },
  ],
  clientCount: 1150,
  hours: {
    1: { opensAt: 8 * 60, closesAt: 17 * 60, lunch: { startsAt: 13 * 60, endsAt: 14 * 60 } },
    2: { opensAt: 8 * 60, closesAt: 17 * 60, lunch: { startsAt: 13 * 60, endsAt: 14 * 60 } },
    3: { opensAt: 8 * 60, closesAt: 17 * 60, lunch: { startsAt: 13 * 60, endsAt: 14 * 60 } },
    4: { opensAt: 8 * 60, closesAt: 17 * 60, lunch: { startsAt: 13 * 60, endsAt: 14 * 60 } },
    5: { opensAt: 8 * 60, closesAt: 17 * 60, lunch: { startsAt: 13 * 60, endsAt: 14 * 60 } },
    6: { opensAt: 9 * 60, closesAt: 13 * 60, lunch: null },
  },
  // UZS has two decimal places in ISO 4217, so 120,000 so'm is 12,000,000 minor units.
  prices: {
    paediatrics: 12_000_000,
    ent: 15_000_000,
    neurology: 18_000_000,
    ophthalmology: 15_000_000,
    orthopaedics: 16_000_000,
    dentistry: 25_000_000,
    dermatology: 15_000_000,
    allergy: 16_000_000,
  },
  paymentStepMinor: 1_000_000,
  names: {
    male: [
      'Azizbek',
      'Jasur',
      'Bekzod',
      'Sardor',
      'Temur',
      'Otabek',
      'Javohir',
      'Shohruh',
      'Doniyor',
      'Islom',
      'Abdulloh',
      'Muhammad',
      'Ibrohim',
      'Umar',
      'Sherzod',
      'Rustam',
      'Farrux',
      'Akmal',
      'Behruz',
      'Amir',
    ],
    female: [
      'Madina',
      'Dilnoza',
      'Shahzoda',
      'Mohinur',
      'Sevara',
      'Nilufar',
      'Zarina',
      'Malika',
      'Gulnoza',
      'Kamola',
      'Sitora',
      'Feruza',
      'Mubina',
      'Oysha',
      'Asal',
      'Robiya',
      'Hadicha',
      'Laylo',
      'Dildora',
      'Nodira',
    ],
    surnames: [
      'Karimov',
      'Rahimov',
      'Yusupov',
      'Tursunov',
      'Abdullayev',
      'Ismoilov',
      'Nazarov',
      'Qodirov',
      'Mirzayev',
      'Saidov',
      'Xolmatov',
      'Ergashev',
      'Sobirov',
      'Aliyev',
      'Umarov',
      'Hasanov',
      "Jo'rayev",
      'Rashidov',
      'Toshmatov',
      'Norboyev',
    ],
  },
  // Uzbek cards put the surname first, and a woman's surname takes the ending -a.
  formatName: (given, surname, sex) => `${sex === 'female' ? `${surname}a` : surname} ${given}`,
  randomPhone,
  randomAddress,
  clientNotes: [
    'Allergic to penicillin (rash).',
    'Prefers consultations in Russian.',
    'Grandmother usually brings the child.',
    'Vaccination card is kept at the clinic.',
    'Lactose intolerance.',
    'A sibling is also a client of the clinic.',
  ],
};
