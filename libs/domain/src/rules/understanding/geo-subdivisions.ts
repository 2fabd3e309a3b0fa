/** 'COUNTRY|Display name|code|other names…' for states and provinces. */
export const SUBDIVISION_ROWS: string[] = [
  ...[
    'Alabama|AL', 'Alaska|AK', 'Arizona|AZ', 'Arkansas|AR', 'California|CA|Calif.', 'Colorado|CO', 'Connecticut|CT',
    'Delaware|DE', 'District of Columbia|DC|D.C.', 'Florida|FL', 'Georgia|GA', 'Hawaii|HI', 'Idaho|ID',
    'Illinois|IL', 'Indiana|IN', 'Iowa|IA', 'Kansas|KS', 'Kentucky|KY', 'Louisiana|LA', 'Maine|ME',
    'Maryland|MD', 'Massachusetts|MA|Mass.', 'Michigan|MI', 'Minnesota|MN', 'Mississippi|MS', 'Missouri|MO',
    'Montana|MT', 'Nebraska|NE', 'Nevada|NV', 'New Hampshire|NH', 'New Jersey|NJ', 'New Mexico|NM',
    'New York State|NY', 'North Carolina|NC', 'North Dakota|ND', 'Ohio|OH', 'Oklahoma|OK', 'Oregon|OR',
    'Pennsylvania|PA', 'Rhode Island|RI', 'South Carolina|SC', 'South Dakota|SD', 'Tennessee|TN', 'Texas|TX',
    'Utah|UT', 'Vermont|VT', 'Virginia|VA', 'Washington State|WA', 'West Virginia|WV', 'Wisconsin|WI', 'Wyoming|WY',
  ].map((r) => `US|${r}`),
  ...[
    'Ontario|ON', 'Quebec|QC|Québec', 'British Columbia|BC', 'Alberta|AB', 'Manitoba|MB', 'Saskatchewan|SK',
    'Nova Scotia|NS', 'New Brunswick|NB', 'Newfoundland and Labrador|NL', 'Prince Edward Island|PE',
  ].map((r) => `CA|${r}`),
  ...[
    'Karnataka|KA', 'Maharashtra|MH', 'Telangana|TG|TS', 'Tamil Nadu|TN', 'Delhi NCR|DL|NCT of Delhi',
    'Haryana|HR', 'Uttar Pradesh|UP', 'West Bengal|WB', 'Gujarat|GJ', 'Kerala|KL', 'Rajasthan|RJ',
    'Andhra Pradesh|AP', 'Madhya Pradesh|MP', 'Punjab|PB', 'Odisha|OD|Orissa', 'Goa|GA', 'Bihar|BR',
  ].map((r) => `IN|${r}`),
  ...[
    'New South Wales|NSW', 'Victoria|VIC', 'Queensland|QLD', 'Western Australia|WA', 'South Australia|SA',
    'Tasmania|TAS', 'Australian Capital Territory|ACT',
  ].map((r) => `AU|${r}`),
  ...['Bavaria|BY|Bayern', 'North Rhine-Westphalia|NRW|Nordrhein-Westfalen', 'Baden-Württemberg|BW|Baden-Wurttemberg', 'Hesse|HE|Hessen'].map(
    (r) => `DE|${r}`,
  ),
];
