import { readingOf } from '@job-hunter/domain';
import { prefsFromText } from './prefs-text.rules';

const read = (text: string) => readingOf(prefsFromText(text));
const cities = (text: string) => read(text).locations.map((l) => l.city ?? `(${l.country})`);

// Where the person lives or has been versus where they would work, in wordings the corpus does not use.
describe('places: residence, background and office', () => {
  it.each([
    ['I live in Utrecht, remote only please', [], ['NL']],
    ["Remote — I'm currently based in Kraków", [], ['PL']],
    ['fully remote. Living in Cork at the moment.', [], ['IE']],
    ['Remote from Canada, or Toronto hybrid', ['Toronto'], ['CA']],
    ['Remote role, Ohio-based', [], ['US']],
    ['Vienna on-site or remote within the EU', ['Vienna'], ['EU']],
    ['Remote, worldwide is fine', [], ['WORLD']],
    ['I live in Bengaluru. Remote anywhere but must overlap US hours.', [], ['IN']],
    ['Based in Lima, remote only (LATAM or US time zones)', [], ['PE']],
  ])('%p → offices %j, remote from %j', (text, offices, remoteFrom) => {
    expect(cities(text)).toEqual(offices);
    expect(read(text).remoteFrom).toEqual(remoteFrom);
  });

  it.each([
    ["I'm in Glasgow now but moving to Edinburgh, hybrid there", ['Edinburgh']],
    ['Relocating from Chennai to Pune, so Pune on-site', ['Pune']],
    ['I studied in Delft; now looking in Rotterdam or The Hague', ['Rotterdam', 'The Hague']],
    ['5 years at a bank in Frankfurt. Looking for roles in Munich.', ['Munich']],
    ['EU citizen, looking in Lisbon', ['Lisbon']],
    ['Electrician from Manila, 8 years. Want jobs in Auckland or Wellington', ['Auckland', 'Wellington']],
    ['Remote from Mexico or hybrid in Monterrey', ['Monterrey']],
    ["I'm a welder (pipe, TIG) from Poland, want work in Oslo", ['Oslo']],
    ['Worked 6 years in Lyon and Marseille; want roles in Geneva', ['Geneva']],
    ['I live in Leeds and want hybrid in Leeds or Manchester', ['Leeds', 'Manchester']],
    ['jobs in Spain — Madrid, Valencia or Seville', ['Madrid', 'Valencia', 'Seville']],
    ['anywhere in Portugal', ['(PT)']],
    ['Currently in Ghent and staying. Hybrid is ideal.', ['Ghent']],
    ["I'm a staff nurse (RGN) in Cork, looking for posts in Dublin", ['Dublin']],
    ['Hybrid in Berlin… actually, make it Hamburg', ['Hamburg']],
    ['Leeds or Manchester, or rather Leeds only', ['Leeds']],
  ])('%p → offices %j', (text, offices) => {
    expect(cities(text)).toEqual(offices);
  });
});

describe('work models per place', () => {
  it.each([
    ['Zurich or remote', ['onsite', 'hybrid', 'remote']],
    ['Zurich hybrid or remote from Switzerland', ['hybrid', 'remote']],
    ['on-site in Oslo, or remote within Norway', ['onsite', 'remote']],
    ['Dublin; hybrid strongly preferred but fully in-office also works', ['onsite', 'hybrid']],
    ['Madrid. In-office is perfectly fine.', []],
    ['only remote roles, I am in Athens', ['remote']],
    ['remote within the EU only', ['remote']],
    ['Copenhagen, no fully remote roles', ['onsite', 'hybrid']],
  ])('%p → %j', (text, models) => {
    expect(read(text).workModels).toEqual(models);
  });
});
