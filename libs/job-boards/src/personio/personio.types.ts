/**
 * One `<position>` of `GET https://{slug}.jobs.personio.de/xml?language=en` (developer.personio.de,
 * "Retrieving open positions"), as the XML parser gives it: every leaf is a string, and a field may
 * be missing, blank or (in a malformed feed) an element where text was expected.
 */
export interface PersonioPosition {
  /** The position id, an integer: the job page is `https://{host}/job/{id}`. */
  id?: unknown;
  /** The employing subcompany, when the account has subcompanies. */
  subcompany?: unknown;
  /** The primary office's name, as the customer wrote it ("Berlin", "Berlin (Remote)", "Remote"). */
  office?: unknown;
  /** `<additionalOffices><office>…</office></additionalOffices>`; some feeds put the name directly inside. */
  additionalOffices?: unknown;
  department?: unknown;
  recruitingCategory?: unknown;
  /** The job title. */
  name?: unknown;
  /** `<jobDescriptions><jobDescription><name/><value>HTML in CDATA</value></jobDescription>…`. */
  jobDescriptions?: unknown;
  /** Older feeds: the sections without the `<jobDescriptions>` wrapper. */
  jobDescription?: unknown;
  /** 'permanent', 'intern', 'trainee' or 'freelance'. */
  employmentType?: unknown;
  /** 'entry-level', 'experienced', 'executive' or 'student'. */
  seniority?: unknown;
  /** 'full-time' or 'part-time'. */
  schedule?: unknown;
  /** 'lt-1', '1-2', '2-5', '5-7', '7-10', '10-15' or 'gt-15'. */
  yearsOfExperience?: unknown;
  keywords?: unknown;
  occupation?: unknown;
  occupationCategory?: unknown;
  /** When the position was created: ISO-8601, "2026-09-01T18:22:28+00:00" (older docs: "+0200"). */
  createdAt?: unknown;
}

/** One description block of a position: a heading and its HTML. */
export interface PersonioJobDescription {
  name?: unknown;
  value?: unknown;
}

/**
 * One entry of `GET https://{host}/search.json`, the list the careers page itself reads; it answers
 * while the XML feed is switched off. Field names as public readers of it use them; its
 * `description` is empty on the public board ([CL] personio.py).
 */
export interface PersonioSearchJob {
  id?: unknown;
  name?: unknown;
  /** The offices joined into one string ("Berlin,Remote"); `offices` lists them. */
  office?: unknown;
  offices?: unknown;
  department?: unknown;
  subcompany?: unknown;
  employment_type?: unknown;
  schedule?: unknown;
  seniority?: unknown;
  keywords?: unknown;
  description?: unknown;
  createdAt?: unknown;
}
