import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AtsKind, RawJob, RemoteMode } from '@job-hunter/domain';
import { createBoardHttp, defaultJobBoardClients, detectBoard } from '@job-hunter/job-boards';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';

/*
 * Issue 14's "Done when": the nine boards added in issue 14, read offline from the demo market's
 * recorded snapshot (data/demo/snapshot) with the real clients, give every job of the market with a
 * title, a place, the board's workplace flag where it has one, the posting date where it gives one,
 * the pay where it shows it in a field (or BambooHR's pay text), and an apply URL that is the job's
 * own page on the board's host. What each job must look like is read here from the recorded answers
 * themselves (not from the clients' code).
 */
const root = resolve(__dirname, '../..');
const demo = join(root, 'data/demo');
const snap = join(demo, 'snapshot');
const DAY = 86400000;

interface DemoCompany {
  name: string;
  careersUrl: string;
  ats?: AtsKind;
  board?: string;
}

/** One job as the recorded answers show it. */
interface Expected {
  url: string;
  title: string;
  places: number;
  workplace?: RemoteMode;
  /** Not remote (the board says so only as a yes/no flag). */
  notRemote?: boolean;
  /** The pay the board shows in a structured field or its pay text (BambooHR, Keka, Rippling). */
  salary?: { min: number; max: number; currency: string };
  /** Epoch ms; `day` when the board gives only the day. */
  posted?: { ms: number; day: boolean };
}

type Json = Record<string, unknown>;
const read = (file: string): string => readFileSync(join(snap, file), 'utf8');
const json = <T>(file: string): T => JSON.parse(read(file)) as T;
const xml = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => ['position', 'item', 'office', 'jobDescription', 'tt:location'].includes(name),
});
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const exact = (v: unknown): Expected['posted'] => ({ ms: Date.parse(str(v)), day: false });
const dayOf = (v: string): Expected['posted'] => ({ ms: Date.parse(`${v}T00:00:00Z`), day: true });

/** "$150,000 – $175,000 per year" (BambooHR's compensation text as the demo writes it). */
const payText = (t: string): Pick<Expected, 'salary'> => {
  const m = /^\$([\d,]+) – \$([\d,]+) per year$/.exec(t);
  return m
    ? { salary: { min: Number(m[1]?.replace(/,/g, '')), max: Number(m[2]?.replace(/,/g, '')), currency: 'USD' } }
    : {};
};
/** Rippling's yearly pay bands: the lowest start and highest end. */
const payBands = (bands: Json[]): Pick<Expected, 'salary'> =>
  bands.length
    ? {
        salary: {
          min: Math.min(...bands.map((b) => Number(b['rangeStart']))),
          max: Math.max(...bands.map((b) => Number(b['rangeEnd']))),
          currency: str(bands[0]?.['currency']),
        },
      }
    : {};

const NEW_BOARDS = [
  'personio',
  'teamtailor',
  'bamboohr',
  'zohorecruit',
  'keka',
  'rippling',
  'oracle',
  'successfactors',
  'gem',
] as const satisfies readonly AtsKind[];
type NewBoard = (typeof NEW_BOARDS)[number];
const isNewBoard = (ats: AtsKind | undefined): ats is NewBoard => NEW_BOARDS.some((b) => b === ats);

/** The jobs a board's recorded answers hold (list rows de-duplicated, unpublished rows left out). */
function expectedJobs(ats: NewBoard, company: DemoCompany): Expected[] {
  const url = new URL(company.careersUrl);
  const host = url.hostname;
  const slug = url.pathname.split('/')[1] ?? '';
  switch (ats) {
    case 'personio': {
      const doc = xml.parse(read(`${host}/xml.json`)) as { 'workzag-jobs': { position: Json[] } };
      return doc['workzag-jobs'].position.map((p) => ({
        url: `https://${host}/job/${str(p['id'])}`,
        title: str(p['name']),
        places: 1 + ((p['additionalOffices'] as { office?: unknown[] } | undefined)?.office?.length ?? 0),
        posted: exact(p['createdAt']),
      }));
    }
    case 'teamtailor': {
      const doc = xml.parse(read(`${host}/jobs.rss.json`)) as { rss: { channel: { item: Json[] } } };
      const mode: Record<string, RemoteMode> = { fully: 'remote', hybrid: 'hybrid', none: 'onsite' };
      return doc.rss.channel.item.map((i) => ({
        url: str(i['link']),
        title: str(i['title']),
        places: (i['tt:locations'] as { 'tt:location': unknown[] })['tt:location'].length,
        workplace: mode[str(i['remoteStatus'])] as RemoteMode,
        posted: exact(i['pubDate']),
      }));
    }
    case 'bamboohr': {
      const list = json<{ result: Json[] }>(`${host}/careers/list.json`).result;
      const mode: Record<string, RemoteMode> = { '0': 'onsite', '1': 'remote', '2': 'hybrid' };
      return list.map((row) => {
        const detail = json<{ result: { jobOpening: Json } }>(`${host}/careers/${str(row['id'])}/detail.json`).result
          .jobOpening;
        return {
          url: `https://${host}/careers/${str(row['id'])}`,
          title: str(row['jobOpeningName']),
          places: 1,
          workplace: mode[str(row['locationType'])] as RemoteMode,
          posted: dayOf(str(detail['datePosted'])),
          ...payText(str(detail['compensation'])),
        };
      });
    }
    case 'zohorecruit': {
      const rows = json<{ data: Json[] }>(`${host}/recruit/v2/public/Job_Openings.json`).data;
      return rows
        .filter((r) => r['Publish'] !== false)
        .map((r) => {
          const [mm, dd, yyyy] = str(r['Date_Opened']).split('/');
          return {
            url: str(r['$url']),
            title: str(r['Posting_Title']),
            places: 1,
            ...(r['Remote_Job'] === true ? { workplace: 'remote' as const } : { notRemote: true }),
            posted: dayOf(`${yyyy}-${mm}-${dd}`),
          };
        });
    }
    case 'keka': {
      const uuid = /\/careers\/api\/embedjobs\/js\/([0-9a-f-]{36})/.exec(read(`${host}/careers.json`))?.[1];
      const rows = json<Json[]>(`${host}/careers/api/embedjobs/default/active/${String(uuid)}.json`);
      return rows.map((r) => ({
        url: `https://${host}/careers/jobdetails/${str(r['id'])}`,
        title: str(r['title']),
        places: (r['jobLocations'] as unknown[]).length,
        posted: exact(r['publishedOn']),
        ...(r['salaryRange']
          ? {
              salary: {
                min: Number((r['salaryRange'] as Json)['minimum']),
                max: Number((r['salaryRange'] as Json)['maximum']),
                currency: str((r['salaryRange'] as Json)['currency']),
              },
            }
          : {}),
      }));
    }
    case 'rippling': {
      const base = `api.rippling.com/platform/api/ats/v1/board/${slug}/jobs`;
      const rows = json<Json[]>(`${base}.json`);
      const uuids = [...new Set(rows.map((r) => str(r['uuid'])))];
      return uuids.map((uuid) => {
        const detail = json<Json>(`${base}/${uuid}.json`);
        return {
          url: `https://ats.rippling.com/${slug}/jobs/${uuid}`,
          title: str(detail['name']),
          places: rows.filter((r) => r['uuid'] === uuid).length,
          posted: exact(detail['createdOn']),
          ...payBands(detail['payRangeDetails'] as Json[]),
        };
      });
    }
    case 'oracle': {
      const site = /\/sites\/([^/]+)/.exec(url.pathname)?.[1] ?? '';
      const base = `${host}/hcmRestApi/resources/latest`;
      const first = json<{ items: { TotalJobsCount: number }[] }>(
        `${base}/recruitingCEJobRequisitions/${site}/offset-0.json`,
      );
      const total = first.items[0]?.TotalJobsCount ?? 0;
      const reqs: Json[] = [];
      for (let offset = 0; offset < total; offset += 25)
        reqs.push(
          ...json<{ items: { requisitionList: Json[] }[] }>(
            `${base}/recruitingCEJobRequisitions/${site}/offset-${offset}.json`,
          ).items.flatMap((i) => i.requisitionList),
        );
      const mode: Record<string, RemoteMode> = { ORA_REMOTE: 'remote', ORA_HYBRID: 'hybrid', ORA_ON_SITE: 'onsite' };
      return reqs.map((r) => {
        const detail = json<{ items: Json[] }>(`${base}/recruitingCEJobRequisitionDetails/${site}/${str(r['Id'])}.json`)
          .items[0] as Json;
        return {
          url: `https://${host}/hcmUI/CandidateExperience/en/sites/${site}/job/${str(r['Id'])}`,
          title: str(r['Title']),
          places: 1 + (r['secondaryLocations'] as unknown[]).length,
          workplace: mode[str(r['WorkplaceTypeCode'])] as RemoteMode,
          posted: exact(detail['ExternalPostedStartDate']),
        };
      });
    }
    case 'successfactors': {
      const doc = xml.parse(read(`${host}/sitemal.xml.json`)) as { rss: { channel: { item: Json[] } } };
      return doc.rss.channel.item.map((i) => ({
        url: str(i['link']),
        // "Title (City, ST, Country)": the title is what stands before the place.
        title: str(i['title']).replace(/\s*\([^()]*\)$/, ''),
        places: 1,
      }));
    }
    case 'gem': {
      const posts = json<Json[]>(`api.gem.com/job_board/v0/${slug}/job_posts.json`);
      const mode: Record<string, RemoteMode> = { remote: 'remote', hybrid: 'hybrid', in_office: 'onsite' };
      return posts.map((p) => ({
        url: str(p['absolute_url']),
        title: str(p['title']),
        places: (p['offices'] as unknown[]).length,
        workplace: mode[str(p['location_type'])] as RemoteMode,
        posted: exact(p['first_published_at']),
      }));
    }
  }
}

const companies = parseYaml(readFileSync(join(demo, 'companies.yaml'), 'utf8')) as DemoCompany[];
const clients = defaultJobBoardClients();
const targets = companies
  .map((c) => ({ company: c, detected: detectBoard(c.careersUrl, { ats: c.ats, board: c.board }, clients) }))
  .filter(({ detected }) => isNewBoard(detected?.ats));

/** The URL without its query (a client may add `?source=…` or a language). */
const page = (url: string): string => {
  const u = new URL(url);
  return `${u.origin}${u.pathname.replace(/\/$/, '')}`;
};

describe('the boards added in issue 14, replayed from the demo snapshot with the real clients', () => {
  it('finds one demo company on each of the nine boards by its careers URL (or its ats/board entry)', () => {
    expect(targets.map((t) => t.detected?.ats).sort()).toEqual([...NEW_BOARDS].sort());
  });

  describe.each(NEW_BOARDS)('%s', (ats) => {
    const target = targets.find((t) => t.detected?.ats === ats);

    it('gives every job of the market, each complete, with its own page as the apply URL', async () => {
      if (!target?.detected) throw new Error(`no demo company is on ${ats}`);
      const { company, detected } = target;
      const client = clients.find((c) => c.ats === ats);
      if (!client) throw new Error(`no ${ats} client`);
      const expected = expectedJobs(ats, company);
      expect(expected.length).toBeGreaterThanOrEqual(8);
      const result = await client.fetchJobs(
        { company: company.name, board: detected.board, careersUrl: company.careersUrl },
        createBoardHttp({ snapshotDir: snap }, { retries: 0 }),
      );

      expect(result.partialError).toBeUndefined();
      expect(result.jobs).toHaveLength(expected.length);
      const byPage = new Map(result.jobs.map((j) => [page(j.url), j]));
      expect(byPage.size).toBe(expected.length);
      const problems: string[] = [];
      for (const want of expected) {
        const got: RawJob | undefined = byPage.get(page(want.url));
        const say = (what: string): number => problems.push(`${want.title} <${want.url}>: ${what}`);
        if (!got) {
          say(`missing (apply URLs given: ${[...byPage.keys()].slice(0, 3).join(', ')}, …)`);
          continue;
        }
        if (got.ats !== ats || got.company !== company.name) say(`ats/company ${got.ats}/${got.company}`);
        if (got.title !== want.title) say(`title ${JSON.stringify(got.title)}`);
        if (new URL(got.url).host !== new URL(want.url).host) say(`apply URL on another host: ${got.url}`);
        if (page(got.url) === page(company.careersUrl)) say(`apply URL is the board's front page: ${got.url}`);
        if (got.locations.length < want.places || got.locations.some((l) => !l.trim()))
          say(`places ${JSON.stringify(got.locations)}, want ${want.places}`);
        if (want.workplace && got.workplace !== want.workplace)
          say(`workplace ${got.workplace}, want ${want.workplace}`);
        if (want.notRemote && got.workplace === 'remote') say('workplace remote, the board says it is not');
        if (want.posted) {
          const ms = got.postedAt ? Date.parse(got.postedAt) : NaN;
          const off = Math.abs(ms - want.posted.ms);
          if (!(want.posted.day ? off <= DAY : off < 1000))
            say(`postedAt ${got.postedAt}, want ${new Date(want.posted.ms).toISOString()}`);
          if (got.dateSource !== 'exact') say(`dateSource ${got.dateSource}`);
        } else if (got.postedAt !== null && got.dateSource === 'exact') {
          say(`an exact postedAt ${got.postedAt} the board does not give`);
        }
        if (!got.descriptionHtml && !got.descriptionText) say('no description');
        if (want.salary) {
          const { min, max, currency } = got.salary ?? {};
          if (min !== want.salary.min || max !== want.salary.max || currency !== want.salary.currency)
            say(`salary ${JSON.stringify(got.salary ?? null)}, want ${JSON.stringify(want.salary)}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
});
