// Places the demo market uses. `labels` are the spellings boards really use for the
// same place; the generator varies them so parsers meet more than one form.
const city = (key, name, region, country, cc, labels) => ({
  key,
  kind: 'city',
  city: name,
  region,
  country,
  cc,
  labels,
});
const remote = (key, scope, cc, labels) => ({ key, kind: 'remote', scope, cc, labels });

export const PLACES = Object.fromEntries(
  [
    city('bengaluru', 'Bengaluru', 'Karnataka', 'India', 'IN', [
      'Bengaluru, Karnataka, India',
      'Bangalore, India',
      'Bengaluru',
    ]),
    city('hyderabad', 'Hyderabad', 'Telangana', 'India', 'IN', ['Hyderabad, India', 'Hyderabad, Telangana']),
    city('pune', 'Pune', 'Maharashtra', 'India', 'IN', ['Pune, India', 'Pune, Maharashtra, India']),
    city('gurugram', 'Gurugram', 'Haryana', 'India', 'IN', ['Gurugram, India', 'Gurgaon, Haryana']),
    city('mumbai', 'Mumbai', 'Maharashtra', 'India', 'IN', ['Mumbai, India', 'Mumbai, Maharashtra']),
    city('chennai', 'Chennai', 'Tamil Nadu', 'India', 'IN', ['Chennai, India', 'Chennai, Tamil Nadu, India']),
    city('noida', 'Noida', 'Uttar Pradesh', 'India', 'IN', ['Noida, India', 'Noida, Uttar Pradesh']),
    city('berlin', 'Berlin', 'Berlin', 'Germany', 'DE', ['Berlin, Germany', 'Berlin']),
    city('munich', 'Munich', 'Bavaria', 'Germany', 'DE', ['Munich, Germany', 'München, Germany']),
    city('london', 'London', 'England', 'United Kingdom', 'GB', [
      'London, UK',
      'London, England, United Kingdom',
      'London',
    ]),
    city('dublin', 'Dublin', 'Leinster', 'Ireland', 'IE', ['Dublin, Ireland']),
    city('amsterdam', 'Amsterdam', 'North Holland', 'Netherlands', 'NL', ['Amsterdam, Netherlands', 'Amsterdam, NL']),
    city('paris', 'Paris', 'Île-de-France', 'France', 'FR', ['Paris, France', 'Paris']),
    city('lisbon', 'Lisbon', 'Lisbon', 'Portugal', 'PT', ['Lisbon, Portugal', 'Lisboa, Portugal']),
    city('warsaw', 'Warsaw', 'Masovian', 'Poland', 'PL', ['Warsaw, Poland', 'Warszawa, Poland']),
    city('toronto', 'Toronto', 'Ontario', 'Canada', 'CA', ['Toronto, ON', 'Toronto, Ontario, Canada']),
    city('vancouver', 'Vancouver', 'British Columbia', 'Canada', 'CA', [
      'Vancouver, BC',
      'Vancouver, British Columbia, Canada',
    ]),
    city('newyork', 'New York', 'New York', 'United States', 'US', [
      'New York, NY',
      'New York City, New York, United States',
    ]),
    city('sanfrancisco', 'San Francisco', 'California', 'United States', 'US', [
      'San Francisco, CA',
      'San Francisco, California, United States',
    ]),
    city('seattle', 'Seattle', 'Washington', 'United States', 'US', ['Seattle, WA', 'Seattle, Washington']),
    city('austin', 'Austin', 'Texas', 'United States', 'US', ['Austin, TX', 'Austin, Texas, United States']),
    // Offices of the companies on the boards added in issue 14 (Personio, Teamtailor, SuccessFactors, …).
    city('hamburg', 'Hamburg', 'Hamburg', 'Germany', 'DE', ['Hamburg, Germany', 'Hamburg']),
    city('stockholm', 'Stockholm', 'Stockholm County', 'Sweden', 'SE', ['Stockholm, Sweden', 'Stockholm']),
    city('gothenburg', 'Gothenburg', 'Västra Götaland', 'Sweden', 'SE', ['Gothenburg, Sweden', 'Göteborg, Sweden']),
    city('rotterdam', 'Rotterdam', 'South Holland', 'Netherlands', 'NL', ['Rotterdam, Netherlands', 'Rotterdam, NL']),
    city('eindhoven', 'Eindhoven', 'North Brabant', 'Netherlands', 'NL', ['Eindhoven, Netherlands', 'Eindhoven, NL']),
    city('denver', 'Denver', 'Colorado', 'United States', 'US', ['Denver, CO', 'Denver, Colorado, United States']),
    city('chicago', 'Chicago', 'Illinois', 'United States', 'US', ['Chicago, IL', 'Chicago, Illinois, United States']),
    city('montreal', 'Montreal', 'Quebec', 'Canada', 'CA', ['Montreal, QC', 'Montréal, Quebec, Canada']),
    remote('remote-india', 'IN', 'IN', ['Remote - India', 'India (Remote)', 'Remote, India']),
    remote('remote-eu', 'EU', null, ['Remote (EU)', 'Remote - Europe', 'EU Remote']),
    remote('remote-us', 'US', 'US', ['Remote - US only', 'United States - Remote', 'Remote (US)']),
    remote('remote-world', 'WORLD', null, ['Remote, Worldwide', 'Anywhere', 'Remote - Global']),
  ].map((p) => [p.key, p]),
);

export function place(key) {
  const p = PLACES[key];
  if (!p) throw new Error(`unknown place ${key}`);
  return p;
}

export const INDIA_CITIES = ['bengaluru', 'hyderabad', 'pune', 'gurugram', 'mumbai', 'chennai', 'noida'];

/** True when a Bengaluru-based person who accepts remote India or worldwide could take the job. */
export function reachableFromBengaluru(key, workplace) {
  const p = place(key);
  if (p.kind === 'remote') return p.scope === 'IN' || p.scope === 'WORLD';
  if (key === 'bengaluru') return true;
  return p.cc === 'IN' && workplace === 'remote';
}
