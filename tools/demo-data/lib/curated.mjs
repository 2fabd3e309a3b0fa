// Hand-placed jobs: the ones the sample persona should see at the top, and the traps
// its preferences must rule out. `expect` documents why; it is not written to the boards.
const INR = (minLpa, maxLpa, extra = {}) => ({ cur: 'INR', min: minLpa * 100000, max: maxLpa * 100000, ...extra });
const USD = (min, max, extra = {}) => ({ cur: 'USD', min: min * 1000, max: max * 1000, ...extra });
const EUR = (min, max, extra = {}) => ({ cur: 'EUR', min: min * 1000, max: max * 1000, ...extra });
const GBP = (min, max, extra = {}) => ({ cur: 'GBP', min: min * 1000, max: max * 1000, ...extra });

const good = 'good';
const j = (c, title, family, seniority, place, work, days, salary, expect, more = {}) => ({
  c,
  title,
  family,
  seniority,
  place,
  work,
  days,
  salary,
  expect,
  type: 'full-time',
  ...more,
});

const BACKEND = ['Go', 'PostgreSQL', 'Kafka', 'Redis', 'gRPC', 'AWS', 'Docker'];
const NODE = ['TypeScript', 'Node.js', 'PostgreSQL', 'Redis', 'Kafka', 'AWS'];
const PLATFORM = ['Kubernetes', 'Terraform', 'AWS', 'Go', 'Prometheus', 'CI/CD', 'Docker'];

// prettier-ignore
export const CURATED = [
  // Lumenpay (Greenhouse, Bengaluru fintech)
  j('lumenpay', 'Senior Backend Engineer, Payments', 'backend', 'senior', 'bengaluru', 'hybrid', 5, INR(50, 70), good, { skills: BACKEND, copies: 2 }),
  j('lumenpay', 'Staff Platform Engineer', 'platform', 'staff', 'bengaluru', 'hybrid', 12, INR(70, 95), good, { skills: PLATFORM }),
  j('lumenpay', 'Backend Engineer I', 'backend', 'junior', 'bengaluru', 'onsite', 9, INR(12, 18), 'seniority: junior'),
  j('lumenpay', 'Principal Backend Engineer', 'backend', 'principal', 'bengaluru', 'hybrid', 20, null, 'seniority: principal is above staff'),
  // Orbitly Cloud (Greenhouse, Berlin devtools with a Bengaluru office)
  j('orbitly', 'Senior Site Reliability Engineer', 'platform', 'senior', 'bengaluru', 'hybrid', 20, INR(55, 75), good, { skills: PLATFORM }),
  j('orbitly', 'Senior Backend Engineer (Go)', 'backend', 'senior', 'remote-world', 'remote', 8, USD(140, 170), good, { skills: BACKEND }),
  j('orbitly', 'Senior Backend Engineer', 'backend', 'senior', 'berlin', 'onsite', 6, EUR(85, 105), 'location: onsite in Berlin'),
  j('orbitly', 'Staff Platform Engineer', 'platform', 'staff', 'munich', 'hybrid', 14, EUR(110, 135), 'location: hybrid in Munich'),
  // Kestrel Health (Greenhouse, US healthtech with India offices)
  j('kestrel', 'Senior Backend Engineer (Node.js)', 'backend', 'senior', 'bengaluru', 'hybrid', 22, null, good, { skills: NODE }),
  j('kestrel', 'Senior Backend Engineer', 'backend', 'senior', 'pune', 'onsite', 10, INR(40, 55), 'location: onsite in Pune'),
  j('kestrel', 'Senior Backend Engineer', 'backend', 'senior', 'remote-us', 'remote', 3, USD(165, 195), 'location: remote, US only'),
  j('kestrel', 'Sales Development Representative', 'sales', 'mid', 'newyork', 'onsite', 7, USD(60, 75), 'unrelated role (its description carries a prompt injection)', { injection: true }),
  // Papaya Commerce (Greenhouse, Indian e-commerce)
  j('papaya', 'Senior Software Engineer, Backend', 'backend', 'senior', 'bengaluru', 'hybrid', 3, INR(45, 60), good, { skills: NODE }),
  j('papaya', 'Senior Backend Engineer, Catalog', 'backend', 'senior', 'bengaluru', 'hybrid', 150, INR(45, 65), 'stale: first published 150 days ago (updated_at is recent)', { refreshed: true, skills: BACKEND }),
  j('papaya', 'Senior Backend Engineer', 'backend', 'senior', 'gurugram', 'onsite', 15, INR(40, 60), 'location: onsite in Gurugram'),
  j('papaya', 'Product Designer', 'design', 'mid', 'mumbai', 'hybrid', 30, null, 'unrelated role (cross-posted twice)', { copies: 2 }),
  // Tidewater Analytics (Greenhouse, UK/IE/CA)
  j('tidewater', 'Senior Platform Engineer', 'platform', 'senior', 'london', 'hybrid', 11, GBP(85, 100), 'location: hybrid in London'),
  j('tidewater', 'Senior Backend Engineer', 'backend', 'senior', 'toronto', 'hybrid', 18, null, 'location: hybrid in Toronto'),
  j('tidewater', 'Senior Data Scientist', 'datascience', 'senior', null, 'unspecified', 24, null, 'unrelated role with no location'),
  // Nimbus Freight (Lever)
  j('nimbus', 'Senior Backend Engineer', 'backend', 'senior', 'bengaluru', 'hybrid', 30, INR(48, 65), good, { skills: BACKEND }),
  j('nimbus', 'Senior Backend Engineer (6-month contract)', 'backend', 'senior', 'bengaluru', 'hybrid', 6, null, 'employment: contract', { type: 'contract', skills: BACKEND }),
  j('nimbus', 'Senior Platform Engineer', 'platform', 'senior', 'amsterdam', 'onsite', 9, EUR(80, 100), 'location: onsite in Amsterdam'),
  // Quillstack (Lever, remote-first)
  j('quillstack', 'Senior Platform Engineer', 'platform', 'senior', 'remote-world', 'remote', 25, USD(130, 160), good, { skills: PLATFORM }),
  j('quillstack', 'Staff Backend Engineer, TypeScript', 'backend', 'staff', 'remote-world', 'remote', 33, null, good, { skills: NODE, label: 'Anywhere' }),
  j('quillstack', 'Senior Backend Engineer', 'backend', 'senior', 'remote-us', 'remote', 4, USD(150, 180), 'location: remote, US only'),
  j('quillstack', 'Solutions Engineer', 'sales', 'mid', null, 'unspecified', 16, null, 'unrelated role with no location'),
  // Saffron Labs (Lever, Indian AI)
  j('saffron', 'Staff Backend Engineer', 'backend', 'staff', 'bengaluru', 'hybrid', 15, INR(75, 95), good, { skills: NODE }),
  j('saffron', 'Senior DevOps Engineer', 'platform', 'senior', 'remote-india', 'remote', 40, null, good, { skills: PLATFORM, copies: 2 }),
  j('saffron', 'Senior Backend Engineer', 'backend', 'senior', 'bengaluru', 'onsite', 19, INR(28, 34), 'salary: ₹28–34 LPA is below the 45 LPA minimum'),
  j('saffron', 'Software Engineering Intern', 'backend', 'intern', 'bengaluru', 'onsite', 8, null, 'seniority: intern', { type: 'intern' }),
  // Blockvault Exchange (Lever, crypto)
  j('blockvault', 'Senior Backend Engineer (Go)', 'backend', 'senior', 'remote-world', 'remote', 5, USD(150, 190), 'excluded industry: crypto', { skills: BACKEND }),
  j('blockvault', 'Staff Platform Engineer', 'platform', 'staff', 'bengaluru', 'hybrid', 10, INR(80, 110), 'excluded industry: crypto', { skills: PLATFORM }),
  // Harborline Games (Lever)
  j('harborline', 'Senior Backend Engineer, Online Services', 'backend', 'senior', 'warsaw', 'hybrid', 12, EUR(70, 90), 'location: hybrid in Warsaw'),
  // Fernwood AI (Ashby)
  j('fernwood', 'Senior Backend Engineer', 'backend', 'senior', 'remote-us', 'remote', 2, USD(180, 220), 'location: remote, US only'),
  j('fernwood', 'Staff Infrastructure Engineer', 'platform', 'staff', 'sanfrancisco', 'onsite', 13, USD(230, 290), 'location: onsite in San Francisco'),
  j('fernwood', 'Research Engineer', 'ml', 'senior', 'sanfrancisco', 'onsite', 21, USD(200, 260), 'unrelated role; isRemote=true contradicts workplaceType OnSite', { contradict: true }),
  // Copperleaf Security (Ashby)
  j('copperleaf', 'Senior Backend Engineer (Go)', 'backend', 'senior', 'remote-india', 'remote', 10, INR(55, 75, { hidden: true }), good, { skills: BACKEND }),
  j('copperleaf', 'Senior Platform Engineer', 'platform', 'senior', 'bengaluru', 'hybrid', 6, null, 'unlisted (isListed: false)', { unlisted: true }),
  j('copperleaf', 'Security Engineer', 'security', 'mid', 'munich', 'remote', 17, EUR(70, 85), 'unrelated role; isRemote=false contradicts workplaceType Remote', { contradict: true }),
  // Meridian Mobility (Ashby, board name with a space)
  j('meridian', 'Senior Backend Engineer, Routing', 'backend', 'senior', 'remote-world', 'remote', 18, EUR(70, 90), good, { skills: BACKEND, label: 'Anywhere' }),
  j('meridian', 'Senior Backend Engineer', 'backend', 'senior', 'noida', 'onsite', 7, INR(40, 55), 'location: onsite in Noida'),
  j('meridian', 'Senior Platform Engineer', 'platform', 'senior', 'remote-eu', 'remote', 9, EUR(75, 95), 'location: remote within the EU'),
  // Stratus Ledger (Ashby)
  j('stratus', 'Senior Software Engineer, Platform', 'platform', 'senior', 'bengaluru', 'hybrid', 2, INR(55, 75), good, { skills: [...NODE, 'Kubernetes'], copies: 2 }),
  j('stratus', 'Staff Engineer, Distributed Systems', 'backend', 'staff', 'remote-india', 'remote', 45, null, good, { skills: BACKEND }),
  j('stratus', 'Senior Backend Engineer', 'backend', 'senior', 'bengaluru', 'hybrid', 11, null, 'unlisted (isListed: false)', { unlisted: true }),
  j('stratus', 'Senior Backend Engineer, Reconciliation', 'backend', 'senior', 'bengaluru', 'hybrid', 180, INR(45, 60), 'stale: published 180 days ago'),
  // Wavelet Studio (Ashby)
  j('wavelet', 'Senior Backend Engineer', 'backend', 'senior', 'remote-eu', 'remote', 5, EUR(75, 90), 'location: remote within the EU'),
  j('wavelet', 'Brand Designer', 'design', 'mid', null, 'unspecified', 27, null, 'unrelated role with no location'),
  j('wavelet', 'Product Designer', 'design', 'senior', 'amsterdam', 'hybrid', 14, null, 'unlisted (isListed: false)', { unlisted: true }),
  // The boards added in issue 14 (one company each). Two good jobs, both in India; the rest are traps.
  // Kranich Robotics (Personio, Germany)
  j('kranich', 'Senior Backend Engineer (m/w/d)', 'backend', 'senior', 'berlin', 'hybrid', 8, null, 'location: hybrid in Berlin', { skills: BACKEND }),
  j('kranich', 'Staff Platform Engineer (m/w/d)', 'platform', 'staff', 'remote-eu', 'remote', 16, null, 'location: remote within the EU', { skills: PLATFORM }),
  // Ljusvik Energy (Teamtailor, Sweden)
  j('ljusvik', 'Senior Platform Engineer', 'platform', 'senior', 'stockholm', 'hybrid', 10, null, 'location: hybrid in Stockholm', { skills: PLATFORM }),
  // Bluestem Software (BambooHR, US)
  j('bluestem', 'Senior Backend Engineer', 'backend', 'senior', 'remote-us', 'remote', 6, USD(150, 175), 'location: remote, US only', { skills: NODE }),
  // Kaveri Infotech (Zoho Recruit, India)
  j('kaveri', 'Senior Backend Engineer', 'backend', 'senior', 'remote-india', 'remote', 11, null, good, { skills: BACKEND }),
  j('kaveri', 'Senior Platform Engineer (12-month contract)', 'platform', 'senior', 'bengaluru', 'hybrid', 7, null, 'employment: contract', { type: 'contract', skills: PLATFORM }),
  j('kaveri', 'Staff Backend Engineer', 'backend', 'staff', 'bengaluru', 'hybrid', 9, null, 'unlisted (Publish: false)', { unlisted: true, skills: BACKEND }),
  // Tulsi Health (Keka, India)
  j('tulsi', 'Senior Platform Engineer', 'platform', 'senior', 'bengaluru', 'hybrid', 6, INR(55, 75), good, { skills: PLATFORM }),
  j('tulsi', 'Senior Backend Engineer', 'backend', 'senior', 'bengaluru', 'hybrid', 10, INR(30, 38), 'salary: ₹30–38 LPA is below the 45 LPA minimum', { skills: NODE }),
  j('tulsi', 'Senior Backend Engineer, Payments', 'backend', 'senior', 'pune', 'onsite', 13, null, 'location: onsite in Pune', { skills: NODE }),
  j('tulsi', 'Backend Engineer I', 'backend', 'junior', 'bengaluru', 'onsite', 4, null, 'seniority: junior'),
  // Lanternworks (Rippling, US/Canada): one job listed at two offices (a list row for each)
  j('lantern', 'Staff Backend Engineer', 'backend', 'staff', 'sanfrancisco', 'onsite', 9, USD(210, 250), 'location: onsite in San Francisco', { skills: BACKEND }),
  j('lantern', 'Senior Product Designer', 'design', 'senior', null, 'hybrid', 15, null, 'filler', { places: ['newyork', 'toronto'] }),
  // Northgate Mutual (Oracle Recruiting Cloud, Canada/US)
  j('northgate', 'Senior Software Engineer, Backend', 'backend', 'senior', 'toronto', 'hybrid', 12, null, 'location: hybrid in Toronto', { skills: BACKEND }),
  j('northgate', 'Senior Data Engineer', 'data', 'senior', null, 'hybrid', 20, null, 'filler', { places: ['montreal', 'chicago'] }),
  // Van Dijk Maritime (SAP SuccessFactors, Netherlands)
  j('vandijk', 'Senior Platform Engineer', 'platform', 'senior', 'rotterdam', 'hybrid', 5, null, 'location: hybrid in Rotterdam', { skills: PLATFORM }),
  // Sparrowhawk AI (Gem, US)
  j('sparrow', 'Senior Backend Engineer', 'backend', 'senior', 'remote-us', 'remote', 3, USD(170, 200), 'location: remote, US only', { skills: BACKEND }),
];
