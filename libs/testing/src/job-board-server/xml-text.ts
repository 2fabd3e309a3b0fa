/** Text escaped for an XML element's content (the fake feeds' titles, names and descriptions). */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
