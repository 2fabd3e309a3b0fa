import { jobPostingsInHtml, jsonLdBlocks } from './json-ld';

const ld = (data: unknown, attrs = 'type="application/ld+json"'): string =>
  `<script ${attrs}>${typeof data === 'string' ? data : JSON.stringify(data)}</script>`;

describe('JSON-LD JobPosting extraction', () => {
  it('finds top-level postings, lists, @graph and postings nested in other nodes', () => {
    const html = [
      '<html><head>',
      ld({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'A' }),
      ld([
        { '@type': 'Organization', name: 'Acme' },
        { '@type': 'JobPosting', title: 'B' },
      ]),
      ld({
        '@context': 'https://schema.org',
        '@graph': [{ '@type': 'WebPage' }, { '@type': ['JobPosting'], title: 'C' }],
      }),
      ld({
        '@type': 'ItemList',
        itemListElement: [{ '@type': 'ListItem', position: 1, item: { '@type': 'JobPosting', title: 'D' } }],
      }),
      ld({ '@type': 'WebPage', mainEntity: { '@type': 'http://schema.org/JobPosting', title: 'E' } }),
      '</head><body>',
      ld({ '@type': 'JobPosting', title: 'F' }, "type='application/ld+json' data-x=1"),
      '<script type="text/javascript">var x = {"@type": "JobPosting", "title": "not JSON-LD"};</script>',
      '</body></html>',
    ].join('\n');
    expect(jobPostingsInHtml(html).map((p) => p.title)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('survives broken blocks, comments, CDATA and raw newlines inside strings', () => {
    const html = [
      ld('{ "@type": "JobPosting", "title": '),
      ld('<!-- {"@type": "JobPosting", "title": "Commented"} -->'),
      ld('//<![CDATA[\n{"@type": "JobPosting", "title": "Cdata"}\n//]]>'),
      ld('{"@type": "JobPosting", "title": "Multi\nline", "description": "<p>a\nb</p>"}'),
      ld({ '@type': 'Organization', name: 'Acme' }),
    ].join('');
    expect(jobPostingsInHtml(html).map((p) => p.title)).toEqual(['Commented', 'Cdata', 'Multi line']);
  });

  it('reads the blocks themselves', () => {
    expect(jsonLdBlocks(`${ld({ a: 1 })}<p>x</p>${ld('  ')}`)).toEqual(['{"a":1}']);
    expect(jobPostingsInHtml('<p>No structured data here</p>')).toEqual([]);
  });
});
