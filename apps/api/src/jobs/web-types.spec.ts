import type { Understanding } from '@job-hunter/domain';
import type * as Web from '../../web/src/types';
import type { AnnotatedRunResult, FacetedJob } from './result-annotator';

/*
 * The web app restates the API's objects in its own types (its build keeps it apart from the libs).
 * This spec is the bridge: it only compiles (strict tsc over the repo, and ts-jest here) while what
 * the API sends still fits what the web app reads, so a field renamed or retyped on one side fails
 * here instead of in a browser.
 */
type Fits<Sent, Read> = [Sent] extends [Read] ? true : false;

const checks = {
  facets: true as Fits<FacetedJob['facets'], Web.JobFacets>,
  job: true as Fits<FacetedJob, Web.Job>,
  results: true as Fits<AnnotatedRunResult, Web.Results>,
  understanding: true as Fits<Understanding, Web.Understanding>,
} satisfies Record<string, true>;

describe("the web app's types", () => {
  it('accept what the API sends (checked when this file compiles)', () => {
    expect(Object.values(checks).every(Boolean)).toBe(true);
  });
});
