// The evaluation market's fictional companies (all on .example domains): India, Europe and
// North America, on Greenhouse, Lever and Ashby, with offices the four personas can and
// cannot reach. Board names follow each ATS's spelling rules, as in tools/demo-data.
import { PLACES } from '../../demo-data/lib/places.mjs';

/** Places beyond the demo market's: remote within Canada (the Toronto persona's scope). */
export const EXTRA_PLACES = {
  'remote-canada': {
    key: 'remote-canada',
    kind: 'remote',
    scope: 'CA',
    cc: 'CA',
    labels: ['Remote - Canada', 'Canada (Remote)', 'Remote, Canada'],
  },
};

export function evalPlace(key) {
  const p = PLACES[key] ?? EXTRA_PLACES[key];
  if (!p) throw new Error(`unknown place ${key}`);
  return p;
}

const c = (key, name, ats, board, tz, industries, offices, blurb, more = {}) => ({
  key,
  name,
  ats,
  board,
  domain: `${key}.example`,
  tz,
  industries,
  regions: [...new Set(offices.map((o) => evalPlace(o).cc ?? evalPlace(o).scope))],
  filler: 40,
  offices,
  blurb,
  ...more,
});

// prettier-ignore
export const EVAL_COMPANIES = [
  // India
  c('ledgerloop', 'Ledgerloop', 'greenhouse', 'ledgerloop', 330, ['fintech', 'payments'], ['bengaluru', 'hyderabad', 'remote-india'],
    'Ledgerloop runs invoicing, collections and payouts for 60,000 Indian SMBs.'),
  c('cardamom', 'Cardamom Health', 'lever', 'cardamomhealth', 330, ['healthtech'], ['hyderabad', 'pune', 'bengaluru'],
    'Cardamom Health builds the claims and pharmacy platform behind 2,000 Indian hospitals.'),
  c('tiffinbox', 'Tiffinbox', 'ashby', 'Tiffinbox', 330, ['foodtech', 'consumer'], ['bengaluru', 'gurugram', 'mumbai'],
    'Tiffinbox delivers 300,000 home-style meals a day across eight Indian cities.'),
  c('kalpa', 'Kalpa Analytics', 'greenhouse', 'kalpaanalytics', 330, ['saas', 'analytics'], ['pune', 'hyderabad', 'remote-india', 'bengaluru'],
    'Kalpa Analytics gives retail chains demand forecasts and store analytics in one SaaS product.'),
  c('monsoon', 'Monsoon Logistics', 'lever', 'monsoonlogistics', 330, ['logistics'], ['pune', 'chennai', 'bengaluru'],
    'Monsoon Logistics plans and tracks 40,000 truck journeys a day for Indian shippers.'),
  c('chainrupee', 'Chainrupee', 'ashby', 'Chainrupee', 330, ['crypto', 'web3', 'fintech'], ['bengaluru', 'remote-india', 'remote-world'],
    'Chainrupee is a crypto exchange and web3 wallet for Indian retail investors.'),
  c('vidyavan', 'Vidyavan Learning', 'greenhouse', 'vidyavanlearning', 330, ['edtech'], ['hyderabad', 'noida', 'remote-india'],
    'Vidyavan Learning teaches coding and data skills to 2 million learners in eleven Indian languages.'),
  // Europe
  c('spreewald', 'Spreewald Mobility', 'greenhouse', 'spreewaldmobility', 60, ['mobility'], ['berlin', 'munich', 'remote-eu'],
    'Spreewald Mobility runs e-bike and car-sharing fleets in 25 European cities.'),
  c('grachten', 'Grachten Data', 'lever', 'grachtendata', 60, ['saas', 'analytics'], ['amsterdam', 'berlin', 'remote-eu'],
    'Grachten Data is the experimentation and feature-flag platform for European product teams.'),
  c('tejo', 'Tejo Commerce', 'ashby', 'Tejo Commerce', 0, ['ecommerce', 'marketplace'], ['lisbon', 'berlin', 'remote-eu'],
    'Tejo Commerce is a second-hand fashion marketplace with 9 million members in Europe.'),
  c('pfeffer', 'Pfefferkorn Games', 'greenhouse', 'pfefferkorngames', 60, ['gambling', 'igaming'], ['berlin', 'london', 'remote-eu'],
    'Pfefferkorn Games operates online casino and sports-betting brands licensed in six EU markets.'),
  c('nordlicht', 'Nordlicht Energy', 'lever', 'nordlichtenergy', 60, ['climate', 'energy'], ['munich', 'berlin', 'paris'],
    'Nordlicht Energy balances home batteries and heat pumps into a virtual power plant.'),
  c('thames', 'Thameside Insure', 'ashby', 'ThamesideInsure', 0, ['insurtech'], ['london', 'dublin', 'remote-eu'],
    'Thameside Insure sells pay-per-mile car insurance in the UK and Ireland.'),
  c('vistula', 'Vistula Cloud', 'greenhouse', 'vistulacloud', 60, ['devtools', 'saas'], ['warsaw', 'berlin', 'remote-world'],
    'Vistula Cloud hosts managed PostgreSQL and object storage for 40,000 developers.'),
  // North America
  c('mapleledger', 'Maple Ledger', 'lever', 'mapleledger', -300, ['fintech'], ['toronto', 'vancouver', 'remote-canada'],
    'Maple Ledger is the accounting and payroll app for 150,000 Canadian small businesses.'),
  c('lakeshore', 'Lakeshore Commerce', 'greenhouse', 'lakeshorecommerce', -300, ['ecommerce', 'saas'], ['toronto', 'newyork', 'remote-us'],
    'Lakeshore Commerce powers online grocery ordering for North American supermarkets.'),
  c('cascadia', 'Cascadia Health', 'ashby', 'Cascadia Health', -480, ['healthtech'], ['vancouver', 'seattle', 'remote-canada'],
    'Cascadia Health runs virtual primary care for 800,000 patients in Canada and the US.'),
  c('gridline', 'Gridline Robotics', 'greenhouse', 'gridlinerobotics', -360, ['robotics', 'hardware'], ['austin', 'sanfrancisco', 'toronto'],
    'Gridline Robotics builds warehouse picking robots and the fleet software that runs them.'),
  c('northstar', 'Northstar Media', 'lever', 'northstarmedia', -300, ['media'], ['newyork', 'toronto', 'remote-us'],
    'Northstar Media publishes local news sites read by 20 million people a month.'),
  c('birchwood', 'Birchwood AI', 'ashby', 'BirchwoodAI', -480, ['ai', 'saas'], ['sanfrancisco', 'toronto', 'remote-world'],
    'Birchwood AI builds meeting assistants that write notes and follow-ups for sales teams.'),
  // Global
  c('polaris', 'Polaris Payments', 'greenhouse', 'polarispayments', 0, ['payments', 'fintech'], ['london', 'bengaluru', 'toronto', 'remote-world'],
    'Polaris Payments settles cross-border card payments for marketplaces in 40 countries.',
    { customJobUrl: 'https://careers.polaris-payments.example/jobs?gh_jid=' }),
  c('atlas', 'Atlas Workflow', 'lever', 'atlasworkflow', 60, ['saas', 'productivity'], ['berlin', 'hyderabad', 'toronto', 'remote-world'],
    'Atlas Workflow is the no-code workflow builder used by 12,000 operations teams.'),
  c('kelpie', 'Kelpie Security', 'ashby', 'KelpieSecurity', 60, ['security', 'saas'], ['amsterdam', 'pune', 'remote-world'],
    'Kelpie Security finds and fixes misconfigurations across cloud accounts.'),
  c('hashgrove', 'Hashgrove', 'lever', 'hashgrove', 60, ['crypto', 'web3'], ['berlin', 'toronto', 'remote-world'],
    'Hashgrove builds self-custody wallets and staking infrastructure for web3 apps.'),
];
