import { buildOccupationCatalog } from './occupation-catalog';
import { matchOccupation } from './occupation-matcher';
import { realCatalog } from './occupations.fixtures';

const occupationOf = (title: string): string | null => matchOccupation(realCatalog(), title)?.occupation.name ?? null;

describe('the occupations catalog', () => {
  it('holds hundreds of occupations, each title claimed by one occupation', () => {
    const catalog = realCatalog();
    expect(catalog.occupations.size).toBeGreaterThanOrEqual(300);
    expect(catalog.conflicts).toEqual([]);
    expect(new Set([...catalog.occupations.values()].map((o) => o.family)).size).toBeGreaterThanOrEqual(15);
  });

  it('has a unique name per occupation, so a job can carry the name', () => {
    const names = [...realCatalog().occupations.values()].map((o) => o.name);
    expect(names.length - new Set(names).size).toBe(0);
  });

  it('rejects a reference to an unknown occupation and a repeated id', () => {
    expect(() => buildOccupationCatalog({ x: [{ id: 'a', name: 'a', accepts: ['b'] }] })).toThrow(
      /unknown occupation b/,
    );
    expect(() =>
      buildOccupationCatalog({
        x: [
          { id: 'a', name: 'a' },
          { id: 'a', name: 'b' },
        ],
      }),
    ).toThrow(/used twice/);
    expect(() => buildOccupationCatalog({ x: [{ id: 'a' }] })).toThrow(/needs an id and a name/);
  });
});

describe('matchOccupation: software titles', () => {
  it.each([
    ['Senior Software Engineer, Backend (Payments)', 'backend engineer'],
    ['Software Engineer - Rust - Backend', 'backend engineer'],
    ['Staff Back-end Engineer (.NET) - Marketing', 'backend engineer'],
    ['Backend Developer (m/f/d)', 'backend engineer'],
    ['Senior Software Engineer, Full Stack (Growth)', 'full-stack engineer'],
    ['Full-Stack Developer', 'full-stack engineer'],
    ['University Grad | Software Engineer | Frontend', 'frontend engineer'],
    ['Sr. Front End Developer – React', 'frontend engineer'],
    ['Senior iOS Engineer - BeReal', 'ios engineer'],
    ['Android Developer', 'android engineer'],
    ['Software Engineer, Mobile', 'mobile engineer'],
    ['Senior Software Engineer, Platform Engineering', 'platform engineer'],
    ['Senior Site Reliability Engineer', 'site reliability engineer'],
    ['Senior SRE', 'site reliability engineer'],
    ['DevOps Engineer II', 'devops engineer'],
    ['Staff Software Engineer', 'software engineer'],
    ['SDE II', 'software engineer'],
    ['Machine Learning Engineer (LLM)', 'machine learning engineer'],
    ['Member of Technical Staff - Backend Engineer', 'backend engineer'],
    ['Senior Data Engineer', 'data engineer'],
    ['Analytics Engineer (Product & BI)', 'analytics engineer'],
    ['Senior Data Scientist - Ad network', 'data scientist'],
    ['Business Intelligence Analyst', 'business intelligence analyst'],
    ['Senior QA Automation Engineer', 'qa engineer'],
    ['Engineering Manager, Core Notes', 'engineering manager'],
    ['Director, Engineering - Container Platform', 'vp of engineering'],
    ['Senior Product Manager - Credit & Underwriting', 'product manager'],
    ['Senior Product Designer', 'product designer'],
    ['UI/UX Designer', 'product designer'],
    ['SAP Technical Lead - FlowGen Labs', 'sap consultant'],
    ['Technical Recruiter', 'recruiter'],
  ])('%s → %s', (title, name) => {
    expect(occupationOf(title)).toBe(name);
  });
});

describe('matchOccupation: titles beyond tech', () => {
  it.each([
    ['Registered Nurse - ICU (Night Shift)', 'registered nurse'],
    ['Staff Nurse', 'registered nurse'],
    ['RN Healthcare Advocate (Remote 1099)', 'registered nurse'],
    ['Licensed Practical Nurse (LPN)', 'licensed practical nurse'],
    ['Clinical Pharmacist', 'pharmacist'],
    ['Pharmacy Technician', 'pharmacy technician'],
    ['Family Medicine Physician', 'general practitioner'],
    ['Physical Therapist (PT)', 'physical therapist'],
    ['Customer Experience - Dental Lab Technician (Anterior Crown & Bridge)', 'dental technician'],
    ['High School Math Teacher', 'math teacher'],
    ['Kindergarten Teacher', 'early childhood teacher'],
    ['Assistant Professor of Economics', 'professor'],
    ['Senior Accountant', 'accountant'],
    ['FP&A Manager', 'fp&a analyst'],
    ['Accounts Payable Specialist', 'accounts payable specialist'],
    ['Commercial Counsel', 'lawyer'],
    ['Corporate M&A Paralegal', 'paralegal'],
    ['Enterprise Account Executive', 'account executive'],
    ['Sales Development Representative (SDR)', 'sales development representative'],
    ['Customer Success Manager, Mid Market', 'customer success manager'],
    ['Customer Care Representative', 'customer support specialist'],
    ['Senior HRBP, Operations', 'hr business partner'],
    ['Warehouse Associate - 1st Shift', 'warehouse worker'],
    ['CDL-A Truck Driver', 'truck driver'],
    ['Fleet Maintenance Technician', 'diesel mechanic'],
    ['Journeyman Electrician', 'electrician'],
    ['Line Cook', 'cook'],
    ['Barista', 'barista'],
    ['Store Manager - Midtown Plaza', 'retail store manager'],
    ['Videographer', 'video producer'],
    ['Korean US-based Medical Translators needed', 'translator'],
    ['Voice Talent Required - Hebrew', 'voice actor'],
    ['LILT | French AI Content Experts', 'ai trainer'],
    ['Medical Representative', 'medical representative'],
    ['Procurement Manager, Capital Projects', 'procurement manager'],
    ['City Coordinator', 'city launch manager'],
    ['Mechanical Design Engineer', 'mechanical engineer'],
    ['Senior Research Scientist', 'research scientist'],
  ])('%s → %s', (title, name) => {
    expect(occupationOf(title)).toBe(name);
  });
});

describe('matchOccupation: how a title is read', () => {
  it('shows the catalog title it found and the qualifier that narrowed it', () => {
    expect(matchOccupation(realCatalog(), 'Senior Software Engineer, Backend (Payments)')).toMatchObject({
      matched: 'software engineer',
      qualifier: 'backend',
    });
  });

  it('reads roles as written in preferences the same way', () => {
    expect(occupationOf('backend engineer')).toBe('backend engineer');
    expect(occupationOf('backend developers')).toBe('backend engineer');
    expect(occupationOf('nurse')).toBe('registered nurse');
    expect(occupationOf('sap consultant')).toBe('sap consultant');
    expect(occupationOf('engineering manager')).toBe('engineering manager');
  });

  it('maps nothing when no occupation is named', () => {
    expect(occupationOf('Open Application')).toBeNull();
    expect(occupationOf('Working Student')).toBeNull();
    expect(occupationOf('')).toBeNull();
  });

  it('prefers the head noun: the catalog title that ends last, then the longest', () => {
    expect(occupationOf('Data Engineering Manager')).toBe('engineering manager');
    expect(occupationOf('Customer Success Engineer')).toBe('customer success manager');
    expect(occupationOf('Product Marketing Manager')).toBe('product marketing manager');
  });

  // Speed at size is measured by `npm run bench:market`, not asserted here.
  it('reads ten thousand noisy titles alike', () => {
    const titles = Array.from(
      { length: 10_000 },
      (_, i) => `Senior Software Engineer ${i}, Backend (Payments) - Berlin`,
    );
    const read = new Set(titles.map((t) => matchOccupation(realCatalog(), t)?.occupation.name));
    expect([...read]).toEqual(['backend engineer']);
  });
});

describe('matchOccupation: short words that are not roles', () => {
  it('does not read "app" as a nurse practitioner (advanced practice provider)', () => {
    expect(occupationOf('Web & App Analyst')).not.toBe('nurse practitioner');
  });

  it('reads a state code as a place, not a role (CA, MD, PA, VA)', () => {
    expect(occupationOf('Registered Nurse - Pittsburgh, PA')).toBe('registered nurse');
    for (const place of ['Sacramento, CA', 'Baltimore, MD', 'Pittsburgh, PA', 'Richmond, VA']) {
      expect([place, occupationOf(place)]).toEqual([place, null]);
    }
  });
});
