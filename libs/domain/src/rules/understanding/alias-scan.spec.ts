import { aliasScanner, type ScanAlias } from './alias-scan';

const BEFORE = String.raw`(?<![\p{L}\p{N}_@#+])(?<![\p{L}\p{N}]\.)`;
const AFTER = String.raw`(?![\p{L}\p{N}_+#])(?!\.[\p{L}\p{N}])`;

// Regex sources for aliases written the way the skills taxonomy writes them.
const ALIASES: ScanAlias[] = [
  { alias: 'Spring Boot', pattern: String.raw`Spring[\s-]+Boot`, head: 'Spring' },
  { alias: 'go-to-market', pattern: String.raw`go[\s-]?to[\s-]?market`, head: 'go' },
  { alias: 'Node.js', pattern: String.raw`Node(?:\.|\s)?js`, head: 'Node' },
  { alias: '.NET Core', pattern: String.raw`\.NET[\s-]+Core`, head: '.NET' },
  { alias: 'Spring', pattern: 'Spring', head: 'Spring' },
  { alias: 'Sass', pattern: 'Sass', head: 'Sass' },
  { alias: 'C++', pattern: String.raw`C\+\+`, head: 'C++' },
  { alias: 'Kafka', pattern: 'Kafka', head: 'Kafka' },
  { alias: 'Go', pattern: 'Go', head: 'Go' },
  { alias: 'C', pattern: 'C', head: 'C' },
];
// An alias with no head is tried at every position, still in its place in the order.
const WITH_HEADLESS: ScanAlias[] = [...ALIASES, { alias: '-x', pattern: String.raw`[\s-]?x`, head: '' }];

/** What the one big alternation finds, hit after hit, as `extractSkills` used to read it. */
function byAlternation(aliases: ScanAlias[], text: string): string[] {
  const re = new RegExp(`${BEFORE}(?:${aliases.map((a) => `(${a.pattern})`).join('|')})${AFTER}`, 'giu');
  return [...text.matchAll(re)].map((m) => `${m.index}:${m.findIndex((g, i) => i > 0 && g !== undefined) - 1}:${m[0]}`);
}

function byScanner(aliases: ScanAlias[], text: string): string[] {
  const scanner = aliasScanner(aliases, AFTER);
  const out: string[] = [];
  for (let hit = scanner.next(text, 0); hit; hit = scanner.next(text, hit.index + hit.text.length)) {
    out.push(`${hit.index}:${hit.alias}:${hit.text}`);
  }
  return out;
}

describe('aliasScanner', () => {
  it.each([
    'Spring Boot, spring-boot and SPRING   boot; Spring.io and Springfield',
    'go-to-market, gotomarket, Go, GO-TO MARKET and go to the market',
    'nodejs, node.js, Node js, NODE.JS; node.jsx is not it',
    '.NET Core, ASP.NET Core, .net-core and x.NET Core',
    'C++, c++11, C, C#, C-suite, (C), e.C and C.',
    'ſass, ſpring and \u212Aafka: the long s and the Kelvin sign fold to s and k',
    '😀Go 😀 Kafka\u{1D400}C @Kafka #Kafka +Go _Go 2Go',
    'a -x, x, yx, - x',
    '',
  ])('finds what one alternation finds in %p', (text) => {
    expect(byScanner(ALIASES, text)).toEqual(byAlternation(ALIASES, text));
    expect(byScanner(WITH_HEADLESS, text)).toEqual(byAlternation(WITH_HEADLESS, text));
  });

  it('reads the character before `from` as what a match may not follow', () => {
    const scanner = aliasScanner(ALIASES, AFTER);
    expect(scanner.next('xGo Go', 1)).toEqual({ alias: 8, index: 4, text: 'Go' });
    expect(scanner.next('x Go Go', 1)).toEqual({ alias: 8, index: 2, text: 'Go' });
  });

  it('prefers the earlier alias at the same position', () => {
    expect(byScanner(ALIASES, 'Spring Boot')).toEqual(['0:0:Spring Boot']);
    expect(byScanner([...ALIASES].reverse(), 'Spring Boot')).toEqual(['0:5:Spring']);
  });

  it('falls back to a shorter match of the same alias when the lookahead refuses the longer', () => {
    const aliases: ScanAlias[] = [{ alias: 'ab-', pattern: String.raw`ab[\s-]?`, head: 'ab' }];
    expect(byScanner(aliases, 'ab-c ab- ab')).toEqual(byAlternation(aliases, 'ab-c ab- ab'));
  });
});
