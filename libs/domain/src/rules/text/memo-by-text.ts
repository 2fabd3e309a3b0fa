/**
 * A pure function of a string, remembered for the last `size` distinct inputs: a market repeats a
 * few hundred location strings across thousands of jobs. The oldest answer is forgotten first, so a
 * long-lived process (the API, a worker) holds at most `size` of them.
 */
export function memoByText<T>(read: (text: string) => T, size = 4096): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text) as T;
    const value = read(text);
    if (seen.size >= size) seen.delete(seen.keys().next().value as string);
    seen.set(text, value);
    return value;
  };
}
