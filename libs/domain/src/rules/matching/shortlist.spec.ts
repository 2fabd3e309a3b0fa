import type { NormalisedJob } from '../../models/job';
import { NOW, aJob, aProfile, daysAgo, prefs } from './matching.fixtures';
import { preShortlist } from './shortlist';

function job(id: string, title: string, skills: string[], description = '', over: Partial<NormalisedJob> = {}) {
  return aJob({ id, title, skills, description: `${description}\nRequirements:\n${skills.join(', ')}`, ...over });
}

const backendPerson = aProfile({
  titles: ['Senior Backend Engineer'],
  skills: ['Go', 'PostgreSQL', 'Kafka', 'Kubernetes'],
  summary: 'Backend engineer building payments systems.',
});
const backendPrefs = prefs({ roles: ['backend engineer'] });

const market = [
  job('sales', 'Account Executive', ['Salesforce'], 'Close enterprise deals.'),
  job('java', 'Backend Engineer', ['Java', 'Spring', 'Oracle'], 'Build our order services.'),
  job('go', 'Senior Backend Engineer', ['Go', 'PostgreSQL', 'Kafka'], 'Build payments services.'),
  job('design', 'Product Designer', ['Figma'], 'Design the checkout.'),
  job('infra', 'Platform Engineer', ['Kubernetes', 'Go', 'Terraform'], 'Run our clusters.'),
  job('frontend', 'Frontend Engineer', ['React', 'TypeScript'], 'Build the web app.'),
];

describe('preShortlist', () => {
  it('keeps the k jobs most similar to the wanted role and skills, most similar first', () => {
    const cut = preShortlist(market, backendPerson, backendPrefs, 3, NOW);
    // The platform job asks only for skills the person has; the Java one for none of them.
    expect(cut.top.map((j) => j.id)).toEqual(['go', 'infra', 'java']);
    expect(cut.rest.map((j) => j.id)).toHaveLength(3);
    expect(new Set([...cut.top, ...cut.rest].map((j) => j.id))).toEqual(new Set(market.map((j) => j.id)));
    for (const j of market) {
      const s = cut.similarity.get(j.id) ?? -1;
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });

  it('ranks skill overlap: the same title with the person’s stack beats one with another stack', () => {
    const cut = preShortlist(market, backendPerson, backendPrefs, 6, NOW);
    expect(cut.similarity.get('go')).toBeGreaterThan(cut.similarity.get('java') ?? 1);
    expect(cut.similarity.get('java')).toBeGreaterThan(cut.similarity.get('sales') ?? 1);
  });

  it('uses the resume’s titles and skills when the preferences name no role', () => {
    const cut = preShortlist(market, backendPerson, prefs(), 2, NOW);
    expect(cut.top.map((j) => j.id)).toEqual(['go', 'infra']);
    expect(
      cut.rest
        .slice(-2)
        .map((j) => j.id)
        .sort(),
    ).toEqual(['design', 'sales']);
  });

  it('weighs the skills a posting asks for over a title that is merely the wanted one', () => {
    const frontendPerson = aProfile({
      titles: ['Frontend Engineer'],
      skills: ['React', 'TypeScript', 'Next.js', 'Jest'],
    });
    const jobs = [
      job('web', 'Senior Software Engineer, Web', ['React', 'TypeScript', 'Next.js', 'Jest'], 'Build the web app.'),
      job('wasm', 'Frontend Engineer, Embedded Web', ['WebAssembly', 'C++'], 'Ship our player runtime.'),
    ];
    const cut = preShortlist(jobs, frontendPerson, prefs({ roles: ['frontend engineer'] }), 1, NOW);
    expect(cut.top.map((j) => j.id)).toEqual(['web']);
  });

  it('reads the level a bare title leaves out from the years asked, against the range the person wants', () => {
    const pm = aProfile({ titles: ['Senior Product Manager'], skills: ['Roadmapping', 'SQL'], yearsExperience: 9 });
    const pmPrefs = prefs({ roles: ['product manager'], seniorityMin: 'senior', seniorityMax: 'staff' });
    const jobs = [
      job(
        'bare',
        'Product Manager',
        ['Roadmapping', 'SQL'],
        'What you bring\n3+ years of experience in a similar role.',
      ),
      job('senior', 'Senior Product Manager, Hardware', ['Roadmapping'], 'Own the device roadmap.', {
        seniority: 'senior',
      }),
    ];
    const cut = preShortlist(jobs, pm, pmPrefs, 1, NOW);
    expect(cut.top.map((j) => j.id)).toEqual(['senior']);
  });

  it('weighs an older resume title less than the latest one', () => {
    const switched = aProfile({
      titles: ['Product Manager', 'Data Analyst', 'Software Engineer'],
      titleHistory: [
        { title: 'Product Manager', start: '2016-01', end: '2026-09', current: true },
        { title: 'Data Analyst', start: '2013-01', end: '2015-12', current: false },
        { title: 'Software Engineer', start: '2008-01', end: '2012-12', current: false },
      ],
    });
    const jobs = [job('swe', 'Software Engineer', []), job('pm', 'Product Manager', [])];
    expect(preShortlist(jobs, switched, prefs(), 1, NOW).top.map((j) => j.id)).toEqual(['pm']);
    expect(preShortlist([...jobs].reverse(), switched, prefs(), 1, NOW).top.map((j) => j.id)).toEqual(['pm']);
  });

  it('reads domain words from the text: the posting about the person’s field wins a tie', () => {
    const twins = [
      job('orders', 'Backend Engineer', ['Go'], 'You will build order routing.'),
      job('payments', 'Backend Engineer', ['Go'], 'You will build payments reconciliation.'),
    ];
    const cut = preShortlist(twins, backendPerson, backendPrefs, 1, NOW);
    expect(cut.top.map((j) => j.id)).toEqual(['payments']);
  });

  it('breaks exact ties by the fresher posting, then by id, whatever the input order', () => {
    const same = (id: string, age: number) =>
      job(id, 'Backend Engineer', ['Go'], 'Same text.', { postedAt: daysAgo(age) });
    const jobs = [same('b', 9), same('a', 9), same('c', 1), same('d', 9)];
    const order = (list: NormalisedJob[]) =>
      preShortlist(list, backendPerson, backendPrefs, 4, NOW).top.map((j) => j.id);
    expect(order(jobs)).toEqual(['c', 'a', 'b', 'd']);
    expect(order([...jobs].reverse())).toEqual(['c', 'a', 'b', 'd']);
  });

  it('keeps everything when k covers the list, nothing when k is 0', () => {
    expect(preShortlist(market, backendPerson, backendPrefs, 50, NOW).rest).toEqual([]);
    const none = preShortlist(market, backendPerson, backendPrefs, 0, NOW);
    expect(none.top).toEqual([]);
    expect(none.rest).toHaveLength(market.length);
    expect(preShortlist([], backendPerson, backendPrefs, 3, NOW)).toEqual({ top: [], rest: [], similarity: new Map() });
  });

  // Its speed is measured by `npm run bench` (tools/bench/bench-market.ts), not asserted here.
  it('keeps the right jobs out of thousands', () => {
    const many = Array.from({ length: 3000 }, (_, i) => {
      const base = market[i % market.length] ?? aJob();
      return {
        ...base,
        id: `${base.id}-${i}`,
        description: `${base.description}\n${'More detail about the role. '.repeat(40)}`,
      };
    });
    const cut = preShortlist(many, backendPerson, backendPrefs, 40, NOW);
    expect(cut.top).toHaveLength(40);
    expect(cut.top.every((j) => j.id.startsWith('go-'))).toBe(true);
  });
});
