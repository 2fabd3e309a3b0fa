import { memoByText } from './memo-by-text';

describe('memoByText', () => {
  it('reads each text once while it is remembered', () => {
    const read = jest.fn((s: string) => s.length);
    const memo = memoByText(read);
    expect([memo('abc'), memo('abc'), memo('de')]).toEqual([3, 3, 2]);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('remembers undefined answers too', () => {
    const read = jest.fn((): undefined => undefined);
    const memo = memoByText(read);
    memo('x');
    memo('x');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('forgets the oldest text first when full', () => {
    const read = jest.fn((s: string) => s);
    const memo = memoByText(read, 2);
    memo('a');
    memo('b');
    memo('c'); // forgets 'a'
    memo('b');
    expect(read).toHaveBeenCalledTimes(3);
    memo('a');
    expect(read).toHaveBeenCalledTimes(4);
  });
});
