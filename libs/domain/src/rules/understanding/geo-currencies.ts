/** 'Currency|ISO2 countries that pay salaries in it…'. */
const CURRENCY_ROWS: string[] = [
  'USD|US|PR|EC|PA|SV',
  'EUR|DE|FR|NL|BE|LU|AT|ES|PT|IT|IE|FI|EE|LV|LT|SK|SI|GR|CY|MT|HR|MC|AD|ME|XK',
  'GBP|GB',
  'INR|IN',
  'CAD|CA',
  'AUD|AU',
  'NZD|NZ',
  'SGD|SG',
  'HKD|HK',
  'CHF|CH|LI',
  'SEK|SE',
  'NOK|NO',
  'DKK|DK',
  'ISK|IS',
  'PLN|PL',
  'CZK|CZ',
  'HUF|HU',
  'RON|RO',
  'BGN|BG',
  'RSD|RS',
  'UAH|UA',
  'TRY|TR',
  'ILS|IL',
  'AED|AE',
  'SAR|SA',
  'QAR|QA',
  'EGP|EG',
  'ZAR|ZA',
  'NGN|NG',
  'KES|KE',
  'JPY|JP',
  'KRW|KR',
  'CNY|CN',
  'TWD|TW',
  'MYR|MY',
  'IDR|ID',
  'THB|TH',
  'PHP|PH',
  'VND|VN',
  'PKR|PK',
  'BDT|BD',
  'LKR|LK',
  'BRL|BR',
  'MXN|MX',
  'ARS|AR',
  'CLP|CL',
  'COP|CO',
  'PEN|PE',
  'UYU|UY',
  'CRC|CR',
];

const BY_COUNTRY = new Map(
  CURRENCY_ROWS.flatMap((row) => {
    const [currency = '', ...countries] = row.split('|');
    return countries.map((c) => [c, currency] as const);
  }),
);

/** The currency salaries are paid in within a country (ISO2), or undefined when unknown. */
export function currencyOfCountry(iso2: string): string | undefined {
  return BY_COUNTRY.get(iso2.toUpperCase());
}
