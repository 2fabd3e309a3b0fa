import { markdownToText } from './markdown-text';

describe('markdownToText', () => {
  it('strips headings, emphasis, links, code and tables', () => {
    const md = [
      '# Jane Roe',
      '**Email:** [jane@x.io](mailto:jane@x.io) · [site](https://x.io)',
      '## Skills',
      '* _TypeScript_, `Node.js`',
      '| Tool | Years |',
      '|---|---|',
      '| Go | 3 |',
      '---',
      '```',
      'code',
      '```',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      'Jane Roe\nEmail: jane@x.io · site\nSkills\n- TypeScript, Node.js\n Tool Years \n\n Go 3 \n\ncode',
    );
  });

  it('keeps each heading on its own line after a blank line', () => {
    const md = '## Experience\n\n### Engineer — Acme\n2019 – 2021\n\n* Built things\n\n***\n\n## Education';
    expect(markdownToText(md).split('\n')).toEqual([
      'Experience',
      '',
      'Engineer — Acme',
      '2019 – 2021',
      '',
      '- Built things',
      '',
      'Education',
    ]);
  });
});
