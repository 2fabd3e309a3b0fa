import { splitResumeSections } from './resume-sections';

const kinds = (text: string) => splitResumeSections(text).map((s) => [s.kind, s.lines]);

describe('splitResumeSections', () => {
  it('puts an inline "Label: values" line in its own section and goes back after it', () => {
    const text = [
      'Ana Costa',
      'Education',
      'BSc Computer Science, Porto, 2014',
      'Skills: Python, SQL, Tableau',
      'Technical skills: Docker',
      'Languages: English, Portuguese',
      'Certifications: AWS Solutions Architect',
      'MSc Statistics, Lisbon, 2016',
    ].join('\n');
    expect(kinds(text)).toEqual([
      ['header', ['Ana Costa']],
      ['education', ['BSc Computer Science, Porto, 2014', 'MSc Statistics, Lisbon, 2016']],
      ['skills', ['Skills: Python, SQL, Tableau']],
      ['skills', ['Technical skills: Docker']],
      ['other', ['Languages: English, Portuguese']],
      ['certifications', ['Certifications: AWS Solutions Architect']],
    ]);
  });

  it('keeps a label that is not a section heading in place', () => {
    expect(kinds('Experience\nStack: Python, Go\nClient: Acme')).toEqual([
      ['header', []],
      ['experience', ['Stack: Python, Go', 'Client: Acme']],
    ]);
  });

  it.each(['1/2', 'Page 1 of 2', '- 2 -', 'Seite 2 von 3', '2'])('drops the page marker %p', (marker) => {
    const sections = splitResumeSections(`Education\nBSc Physics, 2014\n${marker}\nMSc Physics, 2016`);
    expect(sections.flatMap((s) => s.lines)).toEqual(['BSc Physics, 2014', 'MSc Physics, 2016']);
  });

  it.each([
    ['Berufserfahrung', 'experience'],
    ['Expérience professionnelle', 'experience'],
    ['Experiencia laboral', 'experience'],
    ['Ausbildung', 'education'],
    ['Formación', 'education'],
    ['Kenntnisse', 'skills'],
    ['Compétences', 'skills'],
  ])('reads the heading %p as %p', (heading, kind) => {
    expect(splitResumeSections(`${heading}\nsome line`)[1]?.kind).toBe(kind);
  });

  it.each([
    ['Clinical Experience', 'experience'],
    ['Teaching Experience', 'experience'],
    ['Research Experience', 'experience'],
    ['Work & Leadership Experience', 'experience'],
    ['Positions Held', 'experience'],
    ['WORK', 'experience'],
    ['Professional Background', 'experience'],
    ['Military Service', 'experience'],
    ['Volunteer Experience', 'other'],
    ['Community Involvement', 'other'],
    ['Extracurricular Activities', 'other'],
  ])('reads the heading %p as %s', (heading, kind) => {
    expect(
      splitResumeSections(`Jane Roe\n${heading}\nRegistered Nurse, St Mary's, 2019 – 2022`).map((s) => s.kind),
    ).toEqual(['header', kind]);
  });

  it('does not read a sentence about experience as a heading', () => {
    expect(splitResumeSections('Jane Roe\nYears of experience\n10 years experience').map((s) => s.kind)).toEqual([
      'header',
    ]);
  });
});
