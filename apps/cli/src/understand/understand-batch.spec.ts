import { isJobHunterError } from '@job-hunter/domain';
import { parseBatch } from './understand-batch';

function failure(content: string): string {
  try {
    parseBatch(content, 'b.jsonl');
  } catch (e) {
    expect(isJobHunterError(e) && e.isUserError).toBe(true);
    return (e as Error).message;
  }
  throw new Error('expected parseBatch to fail');
}

describe('parseBatch', () => {
  it('reads {"id","text"} lines, skipping blank lines and ignoring other fields', () => {
    const items = parseBatch('{"id":"a1","text":"sr backend","expected":{}}\r\n\n{"id":7,"text":""}\n', 'b.jsonl');
    expect(items).toEqual([
      { id: 'a1', text: 'sr backend', line: 1 },
      { id: '7', text: '', line: 3 },
    ]);
  });

  it.each([
    ['{"id":"a","text":"x"}\nnot json', 'b.jsonl line 2 is not JSON'],
    ['["a","x"]', 'line 1 must be an object'],
    ['{"text":"x"}', 'line 1 has no "id"'],
    ['{"id":"a","text":3}', 'line 1 has no "text" string'],
    ['{"id":"a","text":"x"}\n{"id":"a","text":"y"}', 'line 2 repeats the id "a"'],
    ['\n\n', 'has no lines'],
  ])('rejects %j naming the problem', (content, message) => {
    expect(failure(content)).toContain(message);
  });
});
