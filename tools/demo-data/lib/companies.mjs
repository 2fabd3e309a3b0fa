// The fictional companies of the demo market. Boards are spelled as each ATS would
// (Ashby board names keep case and spaces, e.g. "Meridian Mobility").
export const COMPANIES = [
  {
    key: 'lumenpay', name: 'Lumenpay', ats: 'greenhouse', board: 'lumenpay', domain: 'lumenpay.example', tz: 330,
    customJobUrl: 'https://careers.lumenpay.example/open-roles?gh_jid=',
    industries: ['fintech', 'payments'], regions: ['IN', 'GB'], filler: 16,
    offices: ['bengaluru', 'mumbai', 'london'],
    blurb: 'Lumenpay moves money for more than 400,000 Indian businesses: UPI, cards, payouts and cross-border settlement on one API.',
  },
  {
    key: 'orbitly', name: 'Orbitly Cloud', ats: 'greenhouse', board: 'orbitlycloud', domain: 'orbitly.example', tz: 60,
    industries: ['devtools', 'saas'], regions: ['DE', 'IN', 'WORLD'], filler: 16,
    offices: ['berlin', 'munich', 'bengaluru', 'remote-world', 'remote-eu'],
    blurb: 'Orbitly Cloud gives engineering teams preview environments for every pull request, on any cloud.',
  },
  {
    key: 'kestrel', name: 'Kestrel Health', ats: 'greenhouse', board: 'kestrelhealth', domain: 'kestrelhealth.example', tz: -300,
    industries: ['healthtech'], regions: ['US', 'IN'], filler: 16,
    offices: ['newyork', 'austin', 'pune', 'bengaluru', 'remote-us'],
    blurb: 'Kestrel Health builds the care-coordination platform used by 900 clinics to follow patients between visits.',
  },
  {
    key: 'papaya', name: 'Papaya Commerce', ats: 'greenhouse', board: 'papayacommerce', domain: 'papaya.example', tz: 330,
    industries: ['ecommerce', 'saas'], regions: ['IN', 'GB'], filler: 16,
    offices: ['mumbai', 'gurugram', 'bengaluru', 'london'],
    blurb: 'Papaya Commerce powers online storefronts, catalogues and checkout for 30,000 D2C brands.',
  },
  {
    key: 'tidewater', name: 'Tidewater Analytics', ats: 'greenhouse', board: 'tidewateranalytics', domain: 'tidewater.example', tz: 0,
    industries: ['ai', 'data'], regions: ['GB', 'IE', 'CA'], filler: 16,
    offices: ['london', 'dublin', 'toronto'],
    blurb: 'Tidewater Analytics forecasts demand for retailers and energy companies with models their planners can trust.',
  },
  {
    key: 'nimbus', name: 'Nimbus Freight', ats: 'lever', board: 'nimbusfreight', domain: 'nimbusfreight.example',
    industries: ['logistics', 'mobility'], regions: ['IN', 'NL'], filler: 11,
    offices: ['gurugram', 'bengaluru', 'amsterdam'],
    blurb: 'Nimbus Freight is the operating system for mid-mile trucking in India and the Benelux.',
  },
  {
    key: 'quillstack', name: 'Quillstack', ats: 'lever', board: 'quillstack', domain: 'quillstack.example',
    industries: ['devtools', 'saas'], regions: ['WORLD'], filler: 11,
    offices: ['remote-world', 'remote-eu', 'remote-us', 'toronto'],
    blurb: 'Quillstack is a remote-first company building documentation tooling that developers actually keep up to date.',
  },
  {
    key: 'saffron', name: 'Saffron Labs', ats: 'lever', board: 'saffronlabs', domain: 'saffronlabs.example',
    industries: ['ai', 'saas'], regions: ['IN'], filler: 11,
    offices: ['hyderabad', 'chennai', 'bengaluru', 'remote-india'],
    blurb: 'Saffron Labs builds AI agents that resolve customer-service tickets for banks and telecoms in eleven Indian languages.',
  },
  {
    key: 'blockvault', name: 'Blockvault Exchange', ats: 'lever', board: 'blockvault', domain: 'blockvault.example',
    industries: ['crypto', 'web3', 'fintech'], regions: ['WORLD', 'IN'], filler: 11,
    offices: ['remote-world', 'bengaluru', 'london'],
    blurb: 'Blockvault Exchange is a web3 crypto exchange and self-custody wallet for digital assets, with on-chain staking for 2 million users.',
  },
  {
    key: 'harborline', name: 'Harborline Games', ats: 'lever', board: 'harborlinegames', domain: 'harborline.example',
    industries: ['gaming'], regions: ['CA', 'US', 'PL'], filler: 11,
    offices: ['vancouver', 'seattle', 'warsaw'],
    blurb: 'Harborline Games makes cosy multiplayer games played by four million people every month.',
  },
  {
    key: 'fernwood', name: 'Fernwood AI', ats: 'ashby', board: 'fernwoodai', domain: 'fernwood.example',
    industries: ['ai'], regions: ['US', 'GB'], filler: 10,
    offices: ['sanfrancisco', 'newyork', 'london', 'remote-us'],
    blurb: 'Fernwood AI trains and serves foundation models for scientific literature search.',
  },
  {
    key: 'copperleaf', name: 'Copperleaf Security', ats: 'ashby', board: 'copperleafsecurity', domain: 'copperleaf.example',
    industries: ['security', 'saas'], regions: ['IN', 'DE'], filler: 10,
    offices: ['bengaluru', 'munich', 'remote-india'],
    blurb: 'Copperleaf Security finds leaked secrets and misconfigurations across code, CI and cloud accounts.',
  },
  {
    key: 'meridian', name: 'Meridian Mobility', ats: 'ashby', board: 'Meridian Mobility', domain: 'meridianmobility.example',
    industries: ['mobility'], regions: ['FR', 'PT', 'IN', 'WORLD'], filler: 10,
    offices: ['paris', 'lisbon', 'noida', 'remote-world'],
    blurb: 'Meridian Mobility plans routes and charging for 60,000 electric delivery vans across Europe and India.',
  },
  {
    key: 'stratus', name: 'Stratus Ledger', ats: 'ashby', board: 'StratusLedger', domain: 'stratusledger.example',
    industries: ['fintech', 'saas'], regions: ['IN'], filler: 10,
    offices: ['bengaluru', 'pune', 'remote-india'],
    blurb: 'Stratus Ledger is the accounting and reconciliation platform behind 5,000 Indian finance teams.',
  },
  {
    key: 'wavelet', name: 'Wavelet Studio', ats: 'ashby', board: 'waveletstudio', domain: 'wavelet.example',
    industries: ['design', 'saas'], regions: ['NL', 'EU'], filler: 10,
    offices: ['amsterdam', 'lisbon', 'remote-eu'],
    blurb: 'Wavelet Studio is a collaborative video editor for marketing teams.',
  },
];

export const companyByKey = Object.fromEntries(COMPANIES.map((c) => [c.key, c]));

export function careersUrl(c) {
  switch (c.ats) {
    case 'greenhouse': return `https://boards.greenhouse.io/${c.board}`;
    case 'lever': return `https://jobs.lever.co/${c.board}`;
    case 'ashby': return `https://jobs.ashbyhq.com/${encodeURIComponent(c.board)}`;
    default: throw new Error(`no careers URL form for ${c.ats}`);
  }
}
