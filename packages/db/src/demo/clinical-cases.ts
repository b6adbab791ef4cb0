import type { CaseField } from './clinic-profile';
import type { Random } from './random';

/** One typical visit outcome, with its ICD-10 code (WHO edition) and the ages it fits. */
export type ClinicalCase = {
  diagnosis: string;
  code: string;
  complaints: readonly string[];
  examination: string;
  treatment: string;
  recommendations: string;
  minAge?: number;
  maxAge?: number;
  /** Seen only in clients with the disability flag, as a follow-up of their condition. */
  isForDisabledClients?: boolean;
};

const ATOPIC_DERMATITIS: ClinicalCase = {
  diagnosis: 'Atopic dermatitis',
  code: 'L20.9',
  complaints: [
    'Itchy dry patches on the cheeks and elbow folds for a month.',
    'Eczema flared after a cold; scratching at night.',
  ],
  examination: 'Dry, lichenified red patches in the flexures; no signs of infection.',
  treatment: 'Emollient twice daily; hydrocortisone 1% cream on flares for up to 7 days.',
  recommendations: 'Short lukewarm baths, cotton clothing. Review in 3 weeks.',
};

const ALLERGIC_URTICARIA: ClinicalCase = {
  diagnosis: 'Allergic urticaria',
  code: 'L50.0',
  complaints: [
    'Itchy wheals all over the body since yesterday evening, after eating strawberries.',
  ],
  examination: 'Widespread wheals on the trunk and limbs; no lip or tongue swelling, chest clear.',
  treatment: 'Cetirizine once daily for 5 days.',
  recommendations:
    'Avoid the suspected food. Call an ambulance if the lips swell or breathing is hard.',
};

/** Visit outcomes by field of practice. */
export const CLINICAL_CASES: Record<CaseField, readonly ClinicalCase[]> = {
  paediatrics: [
    {
      diagnosis: 'Acute upper respiratory infection',
      code: 'J06.9',
      complaints: [
        'Runny nose and cough for three days, temperature up to 37.8 °C.',
        'Blocked nose and sore throat for two days, sleeping poorly.',
      ],
      examination: 'Throat mildly red, clear nasal discharge. Lungs clear, no wheeze. 37.4 °C.',
      treatment: 'Saline nose drops, plenty of fluids; paracetamol 15 mg/kg if above 38.5 °C.',
      recommendations: 'Come back if the fever lasts over three days or breathing becomes fast.',
    },
    {
      diagnosis: 'Acute bronchitis',
      code: 'J20.9',
      complaints: ['Wet cough for a week, worse at night.'],
      examination: 'Coarse crackles that clear on coughing; SpO2 98%, no respiratory distress.',
      treatment: 'Fluids and humidified air; honey for children over one year.',
      recommendations: 'Follow-up in 7 days, earlier if breathing gets harder.',
    },
    {
      diagnosis: 'Acute gastroenteritis',
      code: 'A09',
      complaints: ['Vomited twice and five loose stools since yesterday.'],
      examination: 'Mild dehydration: dry lips, capillary refill under 2 s. Abdomen soft.',
      treatment: 'Oral rehydration solution in small frequent sips; zinc for 10 days.',
      recommendations:
        'Come back at once if the child stops drinking, passes no urine for 8 hours or is drowsy.',
    },
    {
      diagnosis: 'Functional constipation',
      code: 'K59.0',
      complaints: ['Hard stools every 3–4 days, painful to pass.'],
      examination: 'Abdomen soft, stool palpable in the left lower quadrant. Perianal area normal.',
      treatment: 'Macrogol 0.4 g/kg daily; more fibre and water.',
      recommendations: 'Sit on the toilet for 5 minutes after meals. Review in 4 weeks.',
      minAge: 1,
    },
    ATOPIC_DERMATITIS,
    {
      diagnosis: 'Routine child health examination',
      code: 'Z00.1',
      complaints: ['No complaints; scheduled check-up.'],
      examination: 'Growth and development normal for age; heart and lungs normal.',
      treatment: 'Vaccinations checked against the national schedule.',
      recommendations: 'Next routine check-up in 6 months.',
      maxAge: 17,
    },
    {
      diagnosis: 'Iron deficiency anaemia',
      code: 'D50.9',
      complaints: ['Pale, tires quickly, poor appetite.'],
      examination: 'Pale conjunctivae, no enlarged liver or spleen. Haemoglobin 98 g/L.',
      treatment: 'Elemental iron 3 mg/kg daily for 3 months.',
      recommendations: 'Iron-rich foods; repeat blood count in 4 weeks.',
      minAge: 1,
    },
  ],
  ent: [
    {
      diagnosis: 'Acute otitis media',
      code: 'H66.9',
      complaints: [
        'Ear pain since last night, temperature 38.2 °C.',
        'Pulls at the left ear and cries at night.',
      ],
      examination: 'Left eardrum red and bulging; right eardrum normal.',
      treatment: 'Amoxicillin 80 mg/kg/day for 7 days; ibuprofen for pain.',
      recommendations: 'Review in 10 days; keep water out of the ear.',
    },
    {
      diagnosis: 'Acute tonsillitis',
      code: 'J03.9',
      complaints: ['Sore throat and pain on swallowing, temperature 38.6 °C.'],
      examination: 'Enlarged tonsils with white exudate; tender neck lymph nodes.',
      treatment: 'Rapid strep test positive: amoxicillin for 10 days.',
      recommendations: 'Back to school 24 hours after starting antibiotics and without fever.',
      minAge: 2,
    },
    {
      diagnosis: 'Hypertrophy of adenoids',
      code: 'J35.2',
      complaints: ['Breathes through the mouth and snores at night for months.'],
      examination: 'Nasal voice; adenoids cover two thirds of the choanae on endoscopy.',
      treatment: 'Mometasone nasal spray once daily for 6 weeks.',
      recommendations: 'Review in 6 weeks; discuss adenoidectomy if no better.',
      minAge: 2,
      maxAge: 12,
    },
    {
      diagnosis: 'Acute sinusitis',
      code: 'J01.9',
      complaints: ['Thick nasal discharge and facial pain for 12 days.'],
      examination: 'Purulent discharge in the middle meatus; tender over the maxillary sinuses.',
      treatment: 'Saline irrigation; amoxicillin-clavulanate for 10 days.',
      recommendations: 'Review if not better within 72 hours.',
      minAge: 4,
    },
    {
      diagnosis: 'Impacted cerumen',
      code: 'H61.2',
      complaints: ['Muffled hearing in the right ear after swimming.'],
      examination: 'Right ear canal blocked by wax; eardrum normal after removal.',
      treatment: 'Wax removed by irrigation.',
      recommendations: 'Do not use cotton buds in the ear canal.',
    },
    {
      diagnosis: 'Allergic rhinitis',
      code: 'J30.4',
      complaints: ['Sneezing and itchy, runny nose every morning.'],
      examination: 'Pale, swollen nasal mucosa with clear discharge.',
      treatment: 'Intranasal corticosteroid once daily; cetirizine as needed.',
      recommendations: 'Allergy testing; wash bedding weekly at 60 °C.',
      minAge: 3,
    },
  ],
  neurology: [
    {
      diagnosis: 'Migraine',
      code: 'G43.9',
      complaints: ['Throbbing headaches twice a month with nausea.'],
      examination: 'Neurological examination and fundi normal.',
      treatment: 'Ibuprofen 10 mg/kg at onset; keep a headache diary.',
      recommendations: 'Regular sleep and meals, less screen time. Review in 3 months.',
      minAge: 7,
    },
    {
      diagnosis: 'Febrile convulsions',
      code: 'R56.0',
      complaints: ['One generalised seizure lasting 2 minutes during a fever yesterday.'],
      examination: 'Alert, no focal signs, no meningeal signs.',
      treatment: 'Antipyretics during fever; parents taught seizure first aid.',
      recommendations: 'Call an ambulance if a seizure lasts over 5 minutes.',
      maxAge: 5,
    },
    {
      diagnosis: 'Epilepsy',
      code: 'G40.9',
      complaints: ['Seizure control review; no seizures for 3 months.'],
      examination: 'Neurological status stable; EEG without epileptiform activity.',
      treatment: 'Continue valproate at the current dose.',
      recommendations: 'Drug level and liver tests in 3 months; never stop treatment abruptly.',
      minAge: 2,
    },
    {
      diagnosis: 'Expressive language disorder',
      code: 'F80.1',
      complaints: ['Speaks only single words.'],
      examination: 'Hearing and understanding normal; small expressive vocabulary for age.',
      treatment: 'Referred to speech therapy twice a week.',
      recommendations: 'Read aloud every day. Review in 3 months.',
      minAge: 2,
      maxAge: 7,
    },
    {
      diagnosis: 'Attention deficit hyperactivity disorder',
      code: 'F90.0',
      complaints: ['Teacher reports restlessness and poor attention in class.'],
      examination: 'Rating scales from parents and school both above the threshold.',
      treatment: 'Behavioural parent training; school accommodations letter issued.',
      recommendations: 'Review in 2 months to discuss medication.',
      minAge: 6,
    },
    {
      diagnosis: 'Headache',
      code: 'R51',
      complaints: ['Headaches after school, most days of the week.'],
      examination: 'Neurological examination normal; blood pressure normal for age.',
      treatment: 'Eye examination ordered; regular water intake.',
      recommendations: 'Headache diary for 4 weeks.',
      minAge: 5,
    },
    {
      diagnosis: 'Cerebral palsy, follow-up',
      code: 'G80.9',
      complaints: ['Scheduled review; stiffness in the legs.'],
      examination: 'Spastic diplegia, GMFCS level II; no new contractures.',
      treatment: 'Physiotherapy continued; orthoses adjusted.',
      recommendations: 'Review in 6 months.',
      isForDisabledClients: true,
    },
  ],
  ophthalmology: [
    {
      diagnosis: 'Myopia',
      code: 'H52.1',
      complaints: ['Cannot see the board at school.'],
      examination: 'Visual acuity 0.5 in both eyes, 1.0 with −1.25 D; fundi normal.',
      treatment: 'Glasses prescribed: −1.25 D in both eyes.',
      recommendations: 'Two hours outdoors every day. Check again in 6 months.',
      minAge: 6,
    },
    {
      diagnosis: 'Acute conjunctivitis',
      code: 'H10.9',
      complaints: ['Red, sticky eyes since the morning.'],
      examination: 'Both conjunctivae red with mucopurulent discharge; corneas clear.',
      treatment: 'Chloramphenicol 0.5% drops four times a day for 5 days.',
      recommendations: 'Separate towel; no nursery or school until the discharge stops.',
    },
    {
      diagnosis: 'Convergent concomitant strabismus',
      code: 'H50.0',
      complaints: ['The right eye turns inward when the child is tired.'],
      examination: 'Esotropia of 15 prism dioptres; hypermetropia +3.0 D.',
      treatment: 'Glasses full time; patch the left eye 2 hours a day.',
      recommendations: 'Review in 6 weeks.',
      maxAge: 8,
    },
    {
      diagnosis: 'Hypermetropia',
      code: 'H52.0',
      complaints: ['Eyes tire when reading; frowns at close work.'],
      examination: 'Cycloplegic refraction +2.5 D in both eyes.',
      treatment: 'Reading glasses prescribed.',
      recommendations: 'Check again in 12 months.',
      minAge: 3,
    },
    {
      diagnosis: 'Hordeolum',
      code: 'H00.0',
      complaints: ['Painful swelling on the upper eyelid for two days.'],
      examination: 'Tender nodule at the margin of the upper lid.',
      treatment: 'Warm compresses four times a day.',
      recommendations: 'Do not squeeze it; come back if the swelling spreads.',
    },
  ],
  orthopaedics: [
    {
      diagnosis: 'Flat foot',
      code: 'M21.4',
      complaints: ['Legs tire after walking; the feet roll inward.'],
      examination: 'Flexible flat feet; the arch returns on tiptoe. Gait normal.',
      treatment: 'Arch-supporting insoles.',
      recommendations: 'Walk barefoot on uneven ground. Review in 1 year.',
      minAge: 3,
    },
    {
      diagnosis: 'Juvenile idiopathic scoliosis',
      code: 'M41.1',
      complaints: ['Parents noticed that one shoulder is higher.'],
      examination: 'Right thoracic curve, positive forward bend test; Cobb angle 14° on X-ray.',
      treatment: 'Physiotherapy exercises for the back.',
      recommendations: 'X-ray again in 6 months.',
      minAge: 6,
      maxAge: 17,
    },
    {
      diagnosis: 'Developmental dysplasia of the hip',
      code: 'Q65.8',
      complaints: ['Routine hip screening; thigh folds are uneven.'],
      examination: 'Limited abduction of the left hip; ultrasound Graf type IIa.',
      treatment: 'Abduction pillow.',
      recommendations: 'Ultrasound again in 6 weeks.',
      maxAge: 0,
    },
    {
      diagnosis: 'Sprain of ankle',
      code: 'S93.4',
      complaints: ['Twisted the right ankle playing football yesterday.'],
      examination:
        'Swelling over the lateral ligament; no bony tenderness (Ottawa rules negative).',
      treatment: 'Elastic bandage, rest, ice and elevation; ibuprofen for pain.',
      recommendations: 'Walk as pain allows; come back in 10 days if it still hurts.',
      minAge: 5,
    },
    {
      diagnosis: 'Osgood-Schlatter disease',
      code: 'M92.5',
      complaints: ['Knee pain below the kneecap after sport.'],
      examination: 'Tender, prominent tibial tuberosity on both sides.',
      treatment: 'Fewer jumping sports for now; ice after exercise.',
      recommendations: 'Quadriceps stretches daily. Review in 2 months.',
      minAge: 9,
      maxAge: 16,
    },
    {
      diagnosis: 'Fracture of lower end of radius, follow-up',
      code: 'S52.5',
      complaints: ['Cast removal; fracture 5 weeks ago.'],
      examination: 'Cast removed; X-ray shows a healed fracture. Movement returning.',
      treatment: 'Cast removed.',
      recommendations: 'No contact sports for 4 weeks.',
      minAge: 4,
    },
  ],
  dentistry: [
    {
      diagnosis: 'Caries of dentine',
      code: 'K02.1',
      complaints: ['Toothache when eating sweets.'],
      examination: 'Caries of dentine in teeth 75 and 84; pulp not involved.',
      treatment: 'Both teeth filled with glass-ionomer cement.',
      recommendations: 'Brush twice a day with fluoride toothpaste; fewer sweets between meals.',
      minAge: 2,
    },
    {
      diagnosis: 'Chronic gingivitis',
      code: 'K05.1',
      complaints: ['Gums bleed when brushing.'],
      examination: 'Plaque along the gum line; gums red and swollen.',
      treatment: 'Professional cleaning; brushing technique shown.',
      recommendations: 'Floss daily. Check-up in 3 months.',
      minAge: 6,
    },
    {
      diagnosis: 'Teething',
      code: 'K00.7',
      complaints: ['Drooling and irritable; gums swollen.'],
      examination: 'Lower central incisors erupting; no fever.',
      treatment: 'Cooled teething ring.',
      recommendations: 'Paracetamol only if the baby is very unsettled.',
      maxAge: 2,
    },
    {
      diagnosis: 'Pulpitis',
      code: 'K04.0',
      complaints: ['Pain at night in a lower back tooth.'],
      examination: 'Deep caries of tooth 36 with pulp exposure.',
      treatment: 'Pulpotomy under local anaesthesia; temporary filling.',
      recommendations: 'Permanent filling at the next visit in 1 week.',
      minAge: 4,
    },
    {
      diagnosis: 'Malocclusion',
      code: 'K07.2',
      complaints: ['Crooked front teeth.'],
      examination: 'Class II malocclusion; crowding of the lower incisors.',
      treatment: 'Impressions taken for a removable appliance.',
      recommendations: 'Orthodontic review in 4 weeks.',
      minAge: 7,
    },
    {
      diagnosis: 'Dental examination',
      code: 'Z01.2',
      complaints: ['No complaints; routine check-up.'],
      examination: 'No caries found; good oral hygiene.',
      treatment: 'Fluoride varnish applied.',
      recommendations: 'Next check-up in 6 months.',
      minAge: 1,
    },
  ],
  dermatology: [
    ATOPIC_DERMATITIS,
    {
      diagnosis: 'Acne vulgaris',
      code: 'L70.0',
      complaints: ['Spots on the forehead and chin for half a year.'],
      examination: 'Open and closed comedones with some inflamed papules; no scarring.',
      treatment: 'Benzoyl peroxide 2.5% gel nightly; adapalene after 4 weeks.',
      recommendations: 'Gentle cleanser twice a day; review in 8 weeks.',
      minAge: 11,
    },
    {
      diagnosis: 'Viral warts',
      code: 'B07',
      complaints: ['A rough lump on the finger that keeps growing.'],
      examination: 'Common wart, 5 mm, on the right index finger.',
      treatment: 'Cryotherapy with liquid nitrogen.',
      recommendations: 'Repeat in 3 weeks if it remains.',
      minAge: 3,
    },
    {
      diagnosis: 'Cradle cap',
      code: 'L21.0',
      complaints: ['Yellow greasy scales on the scalp.'],
      examination: 'Adherent greasy scale on the scalp; skin otherwise clear.',
      treatment: 'Soften with emollient, then brush gently; mild baby shampoo.',
      recommendations: 'Usually clears in weeks; come back if it spreads or looks infected.',
      maxAge: 0,
    },
    ALLERGIC_URTICARIA,
    {
      diagnosis: 'Tinea capitis',
      code: 'B35.0',
      complaints: ['A scaly patch of hair loss on the scalp.'],
      examination: 'Round scaly patch with broken hairs; scraping sent for culture.',
      treatment: 'Griseofulvin 20 mg/kg daily for 6 weeks.',
      recommendations: 'Do not share combs or hats; check family members.',
      minAge: 2,
      maxAge: 14,
    },
  ],
  allergy: [
    {
      diagnosis: 'Asthma',
      code: 'J45.9',
      complaints: ['Wheezes at night and after running.'],
      examination: 'Spirometry FEV1 82% of predicted, reversible after salbutamol.',
      treatment: 'Fluticasone 50 mcg inhaled twice daily; salbutamol as needed.',
      recommendations: 'Written asthma action plan given. Review in 6 weeks.',
      minAge: 3,
    },
    {
      diagnosis: 'Seasonal allergic rhinitis',
      code: 'J30.2',
      complaints: ['Sneezing and itchy eyes every spring.'],
      examination: 'Pale nasal mucosa; skin prick test positive to grass pollen.',
      treatment: 'Intranasal corticosteroid and cetirizine during the season.',
      recommendations: 'Keep windows closed on high-pollen days.',
      minAge: 3,
    },
    {
      diagnosis: 'Food allergy',
      code: 'T78.1',
      complaints: ['Hives and vomiting within minutes of eating peanut butter.'],
      examination: 'Skin prick test to peanut: 9 mm wheal.',
      treatment: 'Epinephrine auto-injector prescribed; family trained in its use.',
      recommendations: 'Strict peanut avoidance; written plan for school or nursery.',
    },
    ALLERGIC_URTICARIA,
    ATOPIC_DERMATITIS,
  ],
};

function fitsClient(clinicalCase: ClinicalCase, client: { age: number; isDisabled: boolean }) {
  if (clinicalCase.isForDisabledClients && !client.isDisabled) {
    return false;
  }

  return (
    client.age >= (clinicalCase.minAge ?? 0) &&
    client.age <= (clinicalCase.maxAge ?? Number.POSITIVE_INFINITY)
  );
}

/** Picks a case of `field` that fits the client's age and disability flag. */
export function pickClinicalCase(
  random: Random,
  field: CaseField,
  client: { age: number; isDisabled: boolean },
): ClinicalCase {
  const cases = CLINICAL_CASES[field];
  const fitting = cases.filter((clinicalCase) => fitsClient(clinicalCase, client));

  return random.pick(fitting.length > 0 ? fitting : cases);
}
