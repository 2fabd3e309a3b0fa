import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO_DIR } from './demo-inputs';

/** The settings that make an API replay the demo's market for every run it starts (as `make web` does). */
export const DEMO_API_ENV: Readonly<Record<string, string>> = {
  JH_SNAPSHOT_DIR: path.join(DEMO_DIR, 'snapshot'),
  JH_COMPANIES_FILE: path.join(DEMO_DIR, 'companies.yaml'),
};

/** A `POST /runs` form with the demo's resume and preferences file, and any other fields given. */
export function demoUpload(fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append('resume', new Blob([fs.readFileSync(path.join(DEMO_DIR, 'resume.pdf'))]), 'resume.pdf');
  form.append('prefsFile', new Blob([fs.readFileSync(path.join(DEMO_DIR, 'preferences.txt'))]), 'preferences.txt');
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}
