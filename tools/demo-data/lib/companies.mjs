// The fictional companies of the demo market. Boards are spelled as each ATS would
// (Ashby board names keep case and spaces, e.g. "Meridian Mobility").
export const COMPANIES = [
  {
    key: 'lumenpay',
    name: 'Lumenpay',
    ats: 'greenhouse',
    board: 'lumenpay',
    domain: 'lumenpay.example',
    tz: 330,
    customJobUrl: 'https://careers.lumenpay.example/open-roles?gh_jid=',
    industries: ['fintech', 'payments'],
    regions: ['IN', 'GB'],
    filler: 16,
    offices: ['bengaluru', 'mumbai', 'london'],
    blurb:
      'Lumenpay moves money for more than 400,000 Indian businesses: UPI, cards, payouts and cross-border settlement on one API.',
  },
  {
    key: 'orbitly',
    name: 'Orbitly Cloud',
    ats: 'greenhouse',
    board: 'orbitlycloud',
    domain: 'orbitly.example',
    tz: 60,
    industries: ['devtools', 'saas'],
    regions: ['DE', 'IN', 'WORLD'],
    filler: 16,
    offices: ['berlin', 'munich', 'bengaluru', 'remote-world', 'remote-eu'],
    blurb: 'Orbitly Cloud gives engineering teams preview environments for every pull request, on any cloud.',
  },
  {
    key: 'kestrel',
    name: 'Kestrel Health',
    ats: 'greenhouse',
    board: 'kestrelhealth',
    domain: 'kestrelhealth.example',
    tz: -300,
    industries: ['healthtech'],
    regions: ['US', 'IN'],
    filler: 16,
    offices: ['newyork', 'austin', 'pune', 'bengaluru', 'remote-us'],
    blurb:
      'Kestrel Health builds the care-coordination platform used by 900 clinics to follow patients between visits.',
  },
  {
    key: 'papaya',
    name: 'Papaya Commerce',
    ats: 'greenhouse',
    board: 'papayacommerce',
    domain: 'papaya.example',
    tz: 330,
    industries: ['ecommerce', 'saas'],
    regions: ['IN', 'GB'],
    filler: 16,
    offices: ['mumbai', 'gurugram', 'bengaluru', 'london'],
    blurb: 'Papaya Commerce powers online storefronts, catalogues and checkout for 30,000 D2C brands.',
  },
  {
    key: 'tidewater',
    name: 'Tidewater Analytics',
    ats: 'greenhouse',
    board: 'tidewateranalytics',
    domain: 'tidewater.example',
    tz: 0,
    industries: ['ai', 'data'],
    regions: ['GB', 'IE', 'CA'],
    filler: 16,
    offices: ['london', 'dublin', 'toronto'],
    blurb:
      'Tidewater Analytics forecasts demand for retailers and energy companies with models their planners can trust.',
  },
  {
    key: 'nimbus',
    name: 'Nimbus Freight',
    ats: 'lever',
    board: 'nimbusfreight',
    domain: 'nimbusfreight.example',
    industries: ['logistics', 'mobility'],
    regions: ['IN', 'NL'],
    filler: 11,
    offices: ['gurugram', 'bengaluru', 'amsterdam'],
    blurb: 'Nimbus Freight is the operating system for mid-mile trucking in India and the Benelux.',
  },
  {
    key: 'quillstack',
    name: 'Quillstack',
    ats: 'lever',
    board: 'quillstack',
    domain: 'quillstack.example',
    industries: ['devtools', 'saas'],
    regions: ['WORLD'],
    filler: 11,
    offices: ['remote-world', 'remote-eu', 'remote-us', 'toronto'],
    blurb:
      'Quillstack is a remote-first company building documentation tooling that developers actually keep up to date.',
  },
  {
    key: 'saffron',
    name: 'Saffron Labs',
    ats: 'lever',
    board: 'saffronlabs',
    domain: 'saffronlabs.example',
    industries: ['ai', 'saas'],
    regions: ['IN'],
    filler: 11,
    offices: ['hyderabad', 'chennai', 'bengaluru', 'remote-india'],
    blurb:
      'Saffron Labs builds AI agents that resolve customer-service tickets for banks and telecoms in eleven Indian languages.',
  },
  {
    key: 'blockvault',
    name: 'Blockvault Exchange',
    ats: 'lever',
    board: 'blockvault',
    domain: 'blockvault.example',
    industries: ['crypto', 'web3', 'fintech'],
    regions: ['WORLD', 'IN'],
    filler: 11,
    offices: ['remote-world', 'bengaluru', 'london'],
    blurb:
      'Blockvault Exchange is a web3 crypto exchange and self-custody wallet for digital assets, with on-chain staking for 2 million users.',
  },
  {
    key: 'harborline',
    name: 'Harborline Games',
    ats: 'lever',
    board: 'harborlinegames',
    domain: 'harborline.example',
    industries: ['gaming'],
    regions: ['CA', 'US', 'PL'],
    filler: 11,
    offices: ['vancouver', 'seattle', 'warsaw'],
    blurb: 'Harborline Games makes cosy multiplayer games played by four million people every month.',
  },
  {
    key: 'fernwood',
    name: 'Fernwood AI',
    ats: 'ashby',
    board: 'fernwoodai',
    domain: 'fernwood.example',
    industries: ['ai'],
    regions: ['US', 'GB'],
    filler: 10,
    offices: ['sanfrancisco', 'newyork', 'london', 'remote-us'],
    blurb: 'Fernwood AI trains and serves foundation models for scientific literature search.',
  },
  {
    key: 'copperleaf',
    name: 'Copperleaf Security',
    ats: 'ashby',
    board: 'copperleafsecurity',
    domain: 'copperleaf.example',
    industries: ['security', 'saas'],
    regions: ['IN', 'DE'],
    filler: 10,
    offices: ['bengaluru', 'munich', 'remote-india'],
    blurb: 'Copperleaf Security finds leaked secrets and misconfigurations across code, CI and cloud accounts.',
  },
  {
    key: 'meridian',
    name: 'Meridian Mobility',
    ats: 'ashby',
    board: 'Meridian Mobility',
    domain: 'meridianmobility.example',
    industries: ['mobility'],
    regions: ['FR', 'PT', 'IN', 'WORLD'],
    filler: 10,
    offices: ['paris', 'lisbon', 'noida', 'remote-world'],
    blurb: 'Meridian Mobility plans routes and charging for 60,000 electric delivery vans across Europe and India.',
  },
  {
    key: 'stratus',
    name: 'Stratus Ledger',
    ats: 'ashby',
    board: 'StratusLedger',
    domain: 'stratusledger.example',
    industries: ['fintech', 'saas'],
    regions: ['IN'],
    filler: 10,
    offices: ['bengaluru', 'pune', 'remote-india'],
    blurb: 'Stratus Ledger is the accounting and reconciliation platform behind 5,000 Indian finance teams.',
  },
  {
    key: 'wavelet',
    name: 'Wavelet Studio',
    ats: 'ashby',
    board: 'waveletstudio',
    domain: 'wavelet.example',
    industries: ['design', 'saas'],
    regions: ['NL', 'EU'],
    filler: 10,
    offices: ['amsterdam', 'lisbon', 'remote-eu'],
    blurb: 'Wavelet Studio is a collaborative video editor for marketing teams.',
  },
  // The boards added in issue 14: one fictional company on each (appended last, so the
  // companies above keep their bytes: they draw from the seeded generator first).
  {
    key: 'kranich',
    name: 'Kranich Robotics',
    ats: 'personio',
    board: 'kranich-robotics',
    domain: 'kranichrobotics.example',
    tz: 60,
    industries: ['robotics', 'manufacturing'],
    regions: ['DE', 'EU'],
    filler: 9,
    offices: ['berlin', 'hamburg', 'munich', 'remote-eu'],
    blurb: 'Kranich Robotics builds the autonomous forklifts that run 300 warehouses across Germany and Austria.',
  },
  {
    key: 'ljusvik',
    name: 'Ljusvik Energy',
    ats: 'teamtailor',
    board: 'ljusvik',
    domain: 'ljusvik.example',
    tz: 60,
    industries: ['cleantech', 'energy'],
    regions: ['SE', 'EU'],
    filler: 9,
    offices: ['stockholm', 'gothenburg', 'remote-eu'],
    blurb: 'Ljusvik Energy balances home batteries and heat pumps across Sweden into one virtual power plant.',
  },
  {
    key: 'bluestem',
    name: 'Bluestem Software',
    ats: 'bamboohr',
    board: 'bluestemsoftware',
    domain: 'bluestemsoftware.example',
    tz: -420,
    industries: ['saas', 'hr-tech'],
    regions: ['US'],
    filler: 8,
    offices: ['denver', 'chicago', 'remote-us'],
    blurb: 'Bluestem Software runs scheduling and payroll for 20,000 restaurants and clinics in the United States.',
  },
  {
    key: 'kaveri',
    name: 'Kaveri Infotech',
    ats: 'zohorecruit',
    board: 'kaveriinfotech',
    domain: 'kaveriinfotech.example',
    tz: 330,
    industries: ['it-services', 'saas'],
    regions: ['IN'],
    filler: 9,
    offices: ['chennai', 'hyderabad', 'bengaluru', 'remote-india'],
    blurb: 'Kaveri Infotech builds and runs core-banking and insurance platforms for 60 clients across India.',
  },
  {
    key: 'tulsi',
    name: 'Tulsi Health',
    ats: 'keka',
    board: 'tulsihealth',
    portal: '4f1c9a2e-7d3b-4e8a-9b61-2c5d8e0f7a13',
    domain: 'tulsihealth.example',
    tz: 330,
    industries: ['healthtech'],
    regions: ['IN'],
    filler: 9,
    offices: ['bengaluru', 'hyderabad', 'pune'],
    blurb:
      'Tulsi Health connects 4,000 pharmacies and diagnostic labs in India to doctors on one prescription network.',
  },
  {
    key: 'lantern',
    name: 'Lanternworks',
    ats: 'rippling',
    board: 'lanternworks',
    domain: 'lanternworks.example',
    tz: -480,
    industries: ['devtools', 'ai'],
    regions: ['US', 'CA'],
    filler: 8,
    offices: ['sanfrancisco', 'newyork', 'toronto', 'remote-us'],
    blurb: 'Lanternworks traces every request through code, queues and LLM calls, so teams see why production is slow.',
  },
  {
    key: 'northgate',
    name: 'Northgate Mutual',
    ats: 'oracle',
    board: 'ekqv.fa.ca2.oraclecloud.com|CX_1',
    host: 'ekqv.fa.ca2.oraclecloud.com',
    site: 'CX_1',
    domain: 'northgatemutual.example',
    tz: -300,
    industries: ['insurance', 'fintech'],
    regions: ['CA', 'US'],
    // More than one page of 25: the list is read in pages.
    filler: 24,
    offices: ['toronto', 'montreal', 'chicago'],
    blurb: 'Northgate Mutual insures 3 million homes and cars in Canada and the Great Lakes states.',
  },
  {
    key: 'vandijk',
    name: 'Van Dijk Maritime',
    ats: 'successfactors',
    board: 'careers.vandijkmaritime.example',
    domain: 'vandijkmaritime.example',
    tz: 60,
    industries: ['logistics', 'maritime'],
    regions: ['NL'],
    filler: 8,
    offices: ['rotterdam', 'amsterdam', 'eindhoven'],
    blurb: 'Van Dijk Maritime runs container terminals and short-sea shipping lines between Rotterdam and the Baltic.',
  },
  {
    key: 'sparrow',
    name: 'Sparrowhawk AI',
    ats: 'gem',
    board: 'sparrowhawk-ai',
    domain: 'sparrowhawk.example',
    tz: -480,
    industries: ['ai', 'saas'],
    regions: ['US'],
    filler: 8,
    offices: ['sanfrancisco', 'newyork', 'seattle', 'remote-us'],
    blurb: 'Sparrowhawk AI drafts and checks insurance claims for adjusters, with a person approving every decision.',
  },
];

export const companyByKey = Object.fromEntries(COMPANIES.map((c) => [c.key, c]));

export function careersUrl(c) {
  switch (c.ats) {
    case 'greenhouse':
      return `https://boards.greenhouse.io/${c.board}`;
    case 'lever':
      return `https://jobs.lever.co/${c.board}`;
    case 'ashby':
      return `https://jobs.ashbyhq.com/${encodeURIComponent(c.board)}`;
    case 'personio':
      return `https://${c.board}.jobs.personio.de`;
    case 'teamtailor':
      return `https://${c.board}.teamtailor.com/jobs`;
    case 'bamboohr':
      return `https://${c.board}.bamboohr.com/careers`;
    case 'zohorecruit':
      return `https://${c.board}.zohorecruit.in/jobs/Careers`;
    case 'keka':
      return `https://${c.board}.keka.com/careers`;
    case 'rippling':
      return `https://ats.rippling.com/${c.board}/jobs`;
    case 'oracle':
      return `https://${c.host}/hcmUI/CandidateExperience/en/sites/${c.site}/jobs`;
    case 'successfactors':
      return `https://${c.board}/`;
    case 'gem':
      return `https://jobs.gem.com/${c.board}`;
    default:
      throw new Error(`no careers URL form for ${c.ats}`);
  }
}
