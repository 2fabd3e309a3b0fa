// Prints the rules' reading of each preferences text in a corpus file, one `{"id","reading"}` line each,
// for ../shared/tools/score-understanding.py: `node -r ./tools/bench/register.cjs tools/understanding/read-corpus.ts <corpus.jsonl>`.
// The reading is `readingOf(prefsFromText(text))`: the preferences text alone, no resume.
import { readFileSync } from 'node:fs';
import { readingOf } from '@job-hunter/domain';
import { prefsFromText } from '../../libs/agents/src/prefs-parser/prefs-text.rules';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: read-corpus.ts <corpus.jsonl>\n');
  process.exit(2);
}
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  process.stdout.write(`${JSON.stringify({ id, reading: readingOf(prefsFromText(text)) })}\n`);
}
