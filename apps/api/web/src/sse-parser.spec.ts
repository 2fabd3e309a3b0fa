import { EventParser } from './sse-parser';

describe('EventParser', () => {
  it('gives each event once its blank line arrives, across chunks, skipping comments', () => {
    const parser = new EventParser();
    expect(parser.push('event: progress\ndata: {"done":1,')).toEqual([]);
    expect(parser.push('"total":2}\n\n: keep-alive\n\nevent: end\r\ndata: {"status":"success"}\r\n\r\n')).toEqual([
      { event: 'progress', data: '{"done":1,"total":2}' },
      { event: 'end', data: '{"status":"success"}' },
    ]);
  });

  it('joins data lines and names an unnamed event "message"', () => {
    expect(new EventParser().push('data: a\ndata:b\n\n')).toEqual([{ event: 'message', data: 'a\nb' }]);
  });
});
