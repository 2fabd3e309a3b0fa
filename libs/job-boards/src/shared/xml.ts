import { errorMessage } from '@job-hunter/domain';
import { XMLParser, type X2jOptions } from 'fast-xml-parser';
import { feedMalformed } from './payload';

/**
 * What a board decides for its own feed: which elements repeat (`isArray`), which attributes it
 * keeps (e.g. namespace declarations), where CDATA goes, and whether character references in text
 * are decoded by the parser. Everything that keeps reading safe is fixed by {@link xmlParser}.
 */
export type BoardXmlOptions = Pick<
  X2jOptions,
  'ignoreAttributes' | 'attributeNamePrefix' | 'cdataPropName' | 'isArray' | 'htmlEntities'
> & {
  /**
   * Decode the character references of text: XML's five and, with `htmlEntities`, numeric ones and
   * HTML's named ones. Off: text keeps every `&…;` as written (the board decodes it itself).
   * Default on.
   */
  decodeEntities?: boolean;
};

/** A board's XML parser: the parsed document as fast-xml-parser builds it. */
export interface BoardXmlParser {
  parse(xml: string): unknown;
}

/** Thrown by a decoding {@link BoardXmlParser} for a document that declares its own entities. */
export class XmlEntitiesDeclaredError extends Error {
  constructor() {
    super('the document declares XML entities');
    this.name = 'XmlEntitiesDeclaredError';
  }
}

/**
 * A parser with the safe defaults every board's XML shares, the board's own options on top:
 * - values stay text, trimmed (ids, dates and amounts are never turned into numbers);
 * - a document's own entities are never expanded: when the parser decodes entities, a document
 *   declaring any (`<!ENTITY` in its DOCTYPE) is refused before parsing; when it does not, every
 *   reference stays as written. External and parameter entities are never resolved either way.
 */
export function xmlParser(options: BoardXmlOptions = {}): BoardXmlParser {
  const { decodeEntities = true, ...boardOptions } = options;
  const parser = new XMLParser({
    ...boardOptions,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: decodeEntities,
  });
  return {
    parse(xml: string): unknown {
      if (decodeEntities && declaresEntities(xml)) throw new XmlEntitiesDeclaredError();
      return parser.parse(xml);
    },
  };
}

/** Parses `board`'s feed document; one that is not well-formed XML is BOARD_MALFORMED (see feedMalformed). */
export function parseFeedXml(parser: BoardXmlParser, xml: string, board: string, where: string): unknown {
  try {
    return parser.parse(xml);
  } catch (cause) {
    throw feedMalformed(board, where, `is not well-formed XML (${errorMessage(cause)})`);
  }
}

/** True when a document declares entities of its own (an internal DTD subset with `<!ENTITY`). */
export function declaresEntities(xml: string): boolean {
  return /<!ENTITY/i.test(xml);
}

/** An HTML document rather than XML: a doctype or an `<html>` root at the start (after any prolog and comments). */
export function looksLikeHtml(body: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html\b|<html[\s>])/i.test(body);
}
