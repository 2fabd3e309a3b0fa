import { inferWorkModel } from './work-model';

describe('inferWorkModel', () => {
  it.each([
    'This is a fully remote role for engineers across India.',
    'We are 100% remote.',
    'The team works 100 % remote.',
    'We are a remote-first company.',
    'Our remote first culture means async by default.',
    'You can work from anywhere in the EU.',
    'Work-from-anywhere: that is how we have always worked.',
    'This is a remote position open to candidates in Canada.',
    'This is a remote role.',
    'The role is remote, but open to candidates in the United States only.',
    'About the role\nLocation: Remote (India)\nWhat you will do',
    'Job location - Remote, Europe',
    'Remote (US only)',
    'Remote – anywhere in LATAM',
  ])('reads %p as remote', (text) => {
    expect(inferWorkModel(text)).toBe('remote');
  });

  it.each([
    'This is a hybrid role based in Bengaluru.',
    'We offer hybrid working from our Berlin hub.',
    'Hybrid work: we meet at the office on Tuesdays.',
    'You will be in the office three days a week.',
    'We work from the office two or three days a week.',
    'Expect 2-3 days per week on-site in Austin.',
    'Plan on 3 days in the office.',
    'In office 3 days/week, remote the rest.',
    'The position is hybrid.',
    'Workplace type: Hybrid',
    'Location: Bengaluru (Hybrid)',
    'Hybrid - London',
  ])('reads %p as hybrid', (text) => {
    expect(inferWorkModel(text)).toBe('hybrid');
  });

  it.each([
    'This role is based in our Pune office, five days a week.',
    'This is an on-site role in Chennai.',
    'This position is onsite at our plant.',
    'We are in-office: this is an in-office position.',
    "We're in-office Monday to Friday.",
    'You will be in the office five days a week.',
    'In the office 5 days/week.',
    'This is an office-based role.',
    'Relocation to Hyderabad required.',
    'Relocation to Munich is required for this role.',
    'Candidates must be willing to relocate to Toronto.',
    'Work from office (WFO) in Noida.',
    'You will be based in our Gurugram office.',
    'Fully on-site.',
    'Work model: On-site',
    'On-site, Pune',
  ])('reads %p as on-site', (text) => {
    expect(inferWorkModel(text)).toBe('onsite');
  });

  it.each([
    'We build remote monitoring for hospitals.',
    'We have remote colleagues in three countries.',
    'You will collaborate with remote teams.',
    'Experience with remote sensing data is a plus.',
    'Remote patient monitoring is our core product.',
    'Experience running hybrid cloud infrastructure.',
    'Build hybrid mobile apps with React Native.',
    'Hybrid search across vectors and keywords.',
    'Our process ends with an on-site interview.',
    'Free lunch at our on-site cafeteria.',
    'You will work on site reliability engineering tooling.',
    'Relocation support is available.',
    'Relocation is not required.',
    'You do not need to relocate.',
    'This role is not fully remote.',
    'There is no on-site requirement.',
    'We offer a home office allowance and 2 days a week of focus time.',
    'Flexible working hours and 25 days of paid leave.',
    'Our office is based in Berlin.',
    'Perks: four weeks of work from anywhere each year.',
    'Work from anywhere for up to 30 days a year.',
    'The final interview is on-site at our Austin office.',
    'Interviews are held on-site.',
    'Location: Bengaluru, Karnataka, India',
    '',
  ])('finds no stated work model in %p', (text) => {
    expect(inferWorkModel(text)).toBe('unknown');
  });

  it.each([
    // A line is read on its own: the next line's "reliability" does not make "On-site" site reliability.
    ['Work model: On-site\n reliability matters to us.', 'onsite'],
    ['On-site\n- reliability engineering', 'onsite'],
    // Office days are read per sentence or line: "home office" across a line break is an office.
    ['Home\noffice three days a week.', 'hybrid'],
    ['Our home office: three days a week.', 'unknown'],
    ['Three days a week. In the office on Mondays.', 'unknown'],
    ['the office 2 days/wk', 'hybrid'],
    ['Monday to Friday in our office; remote first.', 'unknown'],
    ['We are remote-first. Relocation is required.', 'unknown'],
    // Phrases found by their last words, then looked back from: the context still decides.
    ['Monday through Friday in the office.', 'onsite'],
    ['2 to 3 days per week in office', 'hybrid'],
    ['five days/week on-site', 'onsite'],
    ['We are not 100% remote.', 'unknown'],
    ['Our team is completely work-from-home.', 'remote'],
    ['You need to be open to relocate to Berlin.', 'onsite'],
    ["It doesn't need to relocate.", 'unknown'],
    ['Working in-person role at HQ.', 'onsite'],
    ['Interviews are in person; you will work onsite.', 'unknown'],
    ['full time on-site', 'onsite'],
    ['Full-time on site reliability', 'unknown'],
  ])('reads the edge %p as %p', (text, mode) => {
    expect(inferWorkModel(text)).toBe(mode);
  });

  it('keeps conflicting signals unknown, but office days inside a hybrid job stay hybrid', () => {
    expect(inferWorkModel('We are a remote-first company. This role is based in our London office.')).toBe('unknown');
    expect(inferWorkModel('This is a fully remote role. Relocation to Pune required.')).toBe('unknown');
    expect(inferWorkModel('Fully remote or hybrid in Madrid, your choice: a hybrid role if you like.')).toBe('unknown');
    expect(inferWorkModel('This is a hybrid role: on-site work three days a week in our Pune office.')).toBe('hybrid');
  });
});
