import { bambooHrWidget, BAMBOOHR_EMPTY_WIDGET, BAMBOOHR_MARKETING_PAGE } from '@job-hunter/testing';
import { isBambooHrWidget, openingIdOf, parseBambooHrWidget } from './bamboohr-widget';

describe('BambooHR embed widget', () => {
  it('reads each opening with its department and location', () => {
    const { openings, invalid } = parseBambooHrWidget(bambooHrWidget(3), 'acme');
    expect(invalid).toBe(0);
    expect(openings).toEqual([
      {
        id: '100',
        jobOpeningName: 'Customer Success Manager 0',
        departmentLabel: 'Customer Success',
        widgetLocation: 'Austin, Texas',
      },
      {
        id: '102',
        jobOpeningName: 'Customer Success Manager 2',
        departmentLabel: 'Customer Success',
        widgetLocation: 'London, England',
      },
      {
        id: '101',
        jobOpeningName: 'Customer Success Manager 1',
        departmentLabel: 'Research & Development',
        widgetLocation: 'Toronto, Ontario',
      },
    ]);
  });

  it('reads the older view.php links, the row id when the link names none, and counts rows without a title', () => {
    const html =
      '<ul><li class="BambooHR-ATS-Jobs-Item" id="bhrPositionID_9">' +
      '<a href="https://acme.bamboohr.com/jobs/view.php?id=9&amp;source=x">Baker &amp; Pastry Chef</a></li>' +
      '<li id="bhrPositionID_10" class="BambooHR-ATS-Jobs-Item"><a href="https://elsewhere.example/apply">Driver</a></li>' +
      '<li id="bhrPositionID_11" class="BambooHR-ATS-Jobs-Item"><a href="/careers/11"> </a></li>' +
      '<li class="BambooHR-ATS-Jobs-Item"><span>no link</span></li></ul>';
    expect(parseBambooHrWidget(html, 'acme')).toEqual({
      openings: [
        { id: '9', jobOpeningName: 'Baker & Pastry Chef' },
        { id: '10', jobOpeningName: 'Driver' },
      ],
      invalid: 2,
    });
  });

  it('falls back to links to this company’s openings when the widget has no job rows', () => {
    const html =
      '<div class="BambooHR-ATS-board"><a href="//acme.bamboohr.com/careers/5">Nurse</a>' +
      '<a href="//other.bamboohr.com/careers/6">Not ours</a><a href="/careers/list">All</a></div>';
    expect(parseBambooHrWidget(html, 'acme').openings).toEqual([{ id: '5', jobOpeningName: 'Nurse' }]);
  });

  it('tells the widget (even empty) from another page', () => {
    expect(isBambooHrWidget(bambooHrWidget(2))).toBe(true);
    expect(isBambooHrWidget(BAMBOOHR_EMPTY_WIDGET)).toBe(true);
    expect(parseBambooHrWidget(BAMBOOHR_EMPTY_WIDGET, 'acme')).toEqual({ openings: [], invalid: 0 });
    expect(isBambooHrWidget(BAMBOOHR_MARKETING_PAGE)).toBe(false);
  });

  it.each([
    ['//acme.bamboohr.com/careers/12', '12'],
    ['https://ACME.bamboohr.com/careers/12/', '12'],
    ['/careers/12', '12'],
    ['/jobs/view.php?id=12', '12'],
    ['/careers/list', undefined],
    ['/jobs/view.php?id=abc', undefined],
    ['https://evil.example/careers/12', undefined],
    ['http://[bad', undefined],
  ])('%s → %s', (href, id) => {
    expect(openingIdOf(href, 'acme')).toBe(id);
  });
});
