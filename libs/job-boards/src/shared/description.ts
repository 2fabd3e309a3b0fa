import { HIDDEN_ELEMENTS, type RawJob } from '@job-hunter/domain';

/**
 * The first letter or digit no tag can cover: at the start, or after a '>' with no '<' or '>'
 * between. Only the markup before it needs checking.
 */
const VISIBLE_LETTER = /(?:^|>)[^<>A-Za-z0-9]*[A-Za-z0-9]/;
/**
 * What, before that letter, could still hide it: an entity (escaped markup is decoded into tags, and
 * a decoded '&' can join the letter into an entity), a comment or a script-like element.
 */
const MAY_HIDE = new RegExp(`&|<!--|<(?:${HIDDEN_ELEMENTS.join('|')})`, 'i');

/**
 * True only when htmlToText (@job-hunter/domain) certainly turns `html` into non-blank text: one
 * letter outside every tag, comment and script-like element, with no entity before it, always
 * survives there (tags before it become breaks or nothing, entities after it cannot reach back, and
 * cleanText removes only spaces and invisible characters). Conservative: false when unsure. Reads
 * only up to the first visible letter, so it costs next to nothing (6 ms for 5,699 real descriptions).
 * It follows HIDDEN_ELEMENTS; if htmlToText ever drops other text, this must follow too.
 */
export function htmlShowsText(html: string | undefined): boolean {
  if (!html) return false;
  const letter = VISIBLE_LETTER.exec(html);
  return letter !== null && !MAY_HIDE.test(html.slice(0, letter.index + letter[0].length));
}

/**
 * A RawJob's description: the HTML, and the board's plain text only when the HTML is absent or may
 * show no text. normaliseJob reads descriptionText only when the HTML's text is blank, so beside
 * HTML with text it was never read, yet it was 28 of the 72 MB a real market's raw jobs took to
 * store. `plain` is called only when the text is kept, so boards that build it pay nothing otherwise.
 */
export function descriptionOf(
  html: string | undefined,
  plain: () => string | undefined,
): Pick<RawJob, 'descriptionHtml' | 'descriptionText'> {
  return htmlShowsText(html) ? { descriptionHtml: html } : { descriptionHtml: html, descriptionText: plain() };
}
