// Salary bands and the textual forms boards really use for them.
const USD_BANDS = {
  intern: null,
  junior: [95, 120],
  mid: [120, 150],
  senior: [150, 190],
  staff: [190, 240],
  principal: [230, 290],
  director: [220, 300],
};
const INR_BANDS = {
  intern: null,
  junior: [10, 18],
  mid: [20, 32],
  senior: [38, 58],
  staff: [60, 85],
  principal: [85, 120],
  director: [90, 140],
};
const FX = { USD: 1, EUR: 0.55, GBP: 0.5, CAD: 0.85 };

export function currencyFor(place) {
  if (!place) return 'USD';
  if (place.cc === 'IN' || place.scope === 'IN') return 'INR';
  if (place.cc === 'GB') return 'GBP';
  if (place.cc === 'CA') return 'CAD';
  if (['DE', 'IE', 'NL', 'FR', 'PT', 'PL'].includes(place.cc) || place.scope === 'EU') return 'EUR';
  return 'USD';
}

const round = (n, step) => Math.round(n / step) * step;

/** A plausible yearly band for a level, in major units, or null for unpaid/intern levels. */
export function band(currency, seniority, engineering, rng) {
  const jitter = 0.92 + rng.next() * 0.16;
  const scale = engineering ? 1 : 0.8;
  if (currency === 'INR') {
    const b = INR_BANDS[seniority];
    if (!b) return null;
    return { cur: 'INR', min: round(b[0] * jitter * scale, 1) * 100000, max: round(b[1] * jitter * scale, 1) * 100000 };
  }
  const b = USD_BANDS[seniority];
  if (!b) return null;
  const k = FX[currency] * jitter * scale;
  return { cur: currency, min: round(b[0] * k, 5) * 1000, max: round(b[1] * k, 5) * 1000 };
}

const thousands = (n, sep) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** One of the human forms of a salary range; `variant` picks among them. */
export function salaryText(s, variant) {
  const v = variant % 2;
  switch (s.cur) {
    case 'USD':
      return v ? `$${s.min / 1000}K - $${s.max / 1000}K` : `$${thousands(s.min, ',')} – $${thousands(s.max, ',')}`;
    case 'EUR':
      return v
        ? `€${thousands(s.min, ',')} - €${thousands(s.max, ',')}`
        : `€${thousands(s.min, '.')}–€${thousands(s.max, '.')}`;
    case 'GBP':
      return v ? `£${thousands(s.min, ',')} - £${thousands(s.max, ',')}` : `£${s.min / 1000}k–£${s.max / 1000}k`;
    case 'CAD':
      return `CA$${thousands(s.min, ',')} – CA$${thousands(s.max, ',')}`;
    case 'INR':
      return v ? `₹${s.min / 100000} LPA - ₹${s.max / 100000} LPA` : `₹${s.min / 100000}–${s.max / 100000} LPA`;
    default:
      throw new Error(`no text form for ${s.cur}`);
  }
}

const SYMBOL = { USD: '$', EUR: '€', GBP: '£', CAD: 'CA$', INR: '₹' };

/** Ashby's compact summary form, e.g. "₹5.5M – ₹7.5M" or "$150K – $190K". */
export function compactSalary(s) {
  const f = (n) => (n >= 1000000 ? `${+(n / 1000000).toFixed(2)}M` : `${+(n / 1000).toFixed(1)}K`);
  const sym = SYMBOL[s.cur];
  return { dash: `${sym}${f(s.min)} – ${sym}${f(s.max)}`, hyphen: `${sym}${f(s.min)} - ${sym}${f(s.max)}` };
}
