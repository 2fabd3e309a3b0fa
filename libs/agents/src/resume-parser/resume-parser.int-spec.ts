import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { JobHunterError } from '@job-hunter/domain';
import { ResumeParserAgent } from './resume-parser.agent';
import { readResumeText } from './resume-file.reader';

const REAL = resolve(__dirname, '../../../..', '../shared/fixtures/real/resumes');
const now = new Date('2025-10-01T00:00:00Z');
const agent = new ResumeParserAgent();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jh-resume-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const realDescribe = existsSync(REAL) ? describe : describe.skip;

realDescribe('real pdfTeX resumes', () => {
  const files = existsSync(REAL) ? readdirSync(REAL).filter((f) => f.endsWith('.pdf')) : [];

  it('finds all five fixtures', () => {
    expect(files).toHaveLength(5);
  });

  it.each(files)('%s extracts separated words, no glued camel-case runs', async (file) => {
    const profile = await agent.parse(join(REAL, file), now);
    const glued = profile.text.match(/\b[a-z]{3,}[A-Z][a-z]{2,}\b/g) ?? [];
    // Brand names written in camel case are fine; glued ordinary words are not.
    const suspicious = glued.filter((w) => !/^(?:[a-z]+(?:Script|Hub|Lab|Query|DB|SQL|Flow|Ops|Ql))$/.test(w));
    expect(suspicious).toEqual([]);
    expect(profile.text).not.toMatch(/[a-z]{2,}(?:Experience|Education|Skills)\b/);
    expect(profile.skills.length).toBeGreaterThan(3);
  });

  it('reads Bruce Wayne', async () => {
    const p = await agent.parse(join(REAL, 'bruce_wayne_fullstack.pdf'), now);
    expect(p.name).toBe('Bruce Wayne');
    expect(p.email).toBe('bwayne@email.com');
    expect(p.text).toMatch(/\bBruce Wayne\b/);
    expect(p.text).toMatch(/Highly skilled MERN Stack Developer with over 10 years of experience/);
    expect(p.titles[0]).toBe('MERN Stack Developer');
    expect(p.skills).toEqual(
      expect.arrayContaining([
        'JavaScript',
        'TypeScript',
        'MongoDB',
        'Express.js',
        'React',
        'Node.js',
        'Docker',
        'Kubernetes',
      ]),
    );
    expect(p.skills).not.toContain('Java');
    expect(p.location).toMatchObject({ country: 'US' });
    expect(p.yearsExperience).toBeGreaterThan(12);
    expect(p.education.join(' ')).toMatch(/PhD in Computer Science/);
  });

  it('reads Harvey Dent, including R from the skills list', async () => {
    const p = await agent.parse(join(REAL, 'harvey_dent_mle.pdf'), now);
    expect(p.name).toBe('Harvey Dent');
    expect(p.titles).toEqual(['Machine Learning Engineer', 'Data Scientist', 'Junior Data Analyst']);
    expect(p.skills).toEqual(expect.arrayContaining(['Python', 'R', 'TensorFlow', 'PyTorch', 'scikit-learn']));
    expect(p.yearsExperience).toBeCloseTo(9.6, 0);
    expect(p.seniority).toBe('senior');
  });

  it('reads Alfred Pennyworth and John Doe', async () => {
    const alfred = await agent.parse(join(REAL, 'alfred_pennyworth_pm.pdf'), now);
    expect(alfred.titles[0]).toBe('Product Manager');
    expect(alfred.titles).toContain('Software Development Engineer III');
    expect(alfred.skills).toEqual(expect.arrayContaining(['Product Management', 'Agile', 'SQL', 'AWS']));
    const john = await agent.parse(join(REAL, 'john_doe.pdf'), now);
    expect(john.name).toBe('John Doe');
    expect(john.email).toBe('john.doe@email.com');
    expect(john.titles[0]).toBe('Full Stack Java Developer');
    expect(john.skills).toEqual(expect.arrayContaining(['Java', 'Spring Boot', 'Angular', 'JUnit', 'Mockito']));
    expect(john.yearsExperience).toBeCloseTo(9.2, 0);
  });
});

describe('other formats', () => {
  const resumeText = [
    'Priya Sharma',
    'Location: Bangalore, India',
    'priya@example.com',
    'Summary',
    'Backend engineer who likes Go and Postgres.',
    'Experience',
    'Senior Software Engineer, Acme — Jan 2019 – Present',
    'Software Engineer, Beta — 2016 - 2018',
    'Education',
    'B.Tech, IIT Madras, 2012 - 2016',
    'Skills',
    'Go, Kubernetes, PostgreSQL, Kafka',
  ].join('\n');

  it('reads a TXT resume', async () => {
    const p = await agent.parse(write('resume.txt', resumeText), now);
    expect(p).toMatchObject({ name: 'Priya Sharma', email: 'priya@example.com', seniority: 'senior' });
    expect(p.location).toMatchObject({ city: 'Bengaluru', country: 'IN' });
    expect(p.titles).toEqual(['Senior Software Engineer', 'Software Engineer']);
    expect(p.skills.slice(0, 4)).toEqual(['Go', 'Kubernetes', 'PostgreSQL', 'Kafka']);
    expect(p.yearsExperience).toBe(8.8);
  });

  it('reads a Markdown resume without its syntax', async () => {
    const md = resumeText
      .replace('Priya Sharma', '# Priya Sharma')
      .replace('Experience', '## Experience')
      .replace('Go, Kubernetes', '- **Go**, [Kubernetes](https://k8s.io)');
    const p = await agent.parse(write('resume.md', md), now);
    expect(p.name).toBe('Priya Sharma');
    expect(p.text).not.toMatch(/[#*[\]]/);
    expect(p.skills).toEqual(expect.arrayContaining(['Go', 'Kubernetes']));
  });

  it('reads a DOCX resume', async () => {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    const paragraphs = resumeText
      .split('\n')
      .map((l) => `<w:p><w:r><w:t xml:space="preserve">${l.replace(/&/g, '&amp;')}</w:t></w:r></w:p>`)
      .join('');
    zip.file(
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
    );
    const path = write('resume.docx', await zip.generateAsync({ type: 'nodebuffer' }));
    const p = await agent.parse(path, now);
    expect(p.name).toBe('Priya Sharma');
    expect(p.skills).toEqual(expect.arrayContaining(['Go', 'Kubernetes', 'PostgreSQL', 'Kafka']));
  });

  it.each([
    ['a corrupt PDF', 'broken.pdf', '%PDF-1.4\nthis is not really a pdf'],
    ['a corrupt DOCX', 'broken.docx', 'not a zip'],
    ['an empty TXT', 'empty.txt', '   \n'],
    ['an unknown extension', 'resume.rtf', '{\\rtf1 hello}'],
  ])('rejects %s with RESUME_UNREADABLE naming the file', async (_label, name, content) => {
    const path = write(name, content);
    const error = await agent.parse(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobHunterError);
    expect((error as JobHunterError).code).toBe('RESUME_UNREADABLE');
    expect((error as JobHunterError).message).toContain(path);
    expect((error as JobHunterError).message).toMatch(/PDF.*DOCX|docx/i);
  });

  it('runs the work given for the wait once the text is being read, before it is ready', async () => {
    const order: string[] = [];
    const path = write('wait.pdf', readFileSync(join(__dirname, '../../../../data/demo/resume.pdf')));
    const text = readResumeText(path, () => order.push('while reading'));
    order.push('asked');
    await text.then(() => order.push('read'));
    expect(order).toEqual(['asked', 'while reading', 'read']);
  });

  it('rejects a missing file', async () => {
    await expect(agent.parse(join(dir, 'nope.pdf'))).rejects.toMatchObject({ code: 'RESUME_UNREADABLE' });
  });
});
