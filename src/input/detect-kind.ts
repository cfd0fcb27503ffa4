/** Tags whose presence near the start marks a document as HTML. */
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--|<\?xml)/i;
/** A saved raw HTTP response starts with a status line (then headers) before the markup. @internal */
export const HTTP_RESPONSE = /^\s{0,16}HTTP\/\d(?:\.\d)? \d{3}/;
/** Stray characters tolerated before `<!doctype` / `<html` / `<head` / … */
const MAX_JUNK_BEFORE_DOCUMENT = 8;
const HTML_TAG = /<(?:html|head|body|div|p|article|section|span|a|h[1-6]|table|br|meta|title|script|main)[\s>/]/i;

/**
 * Decides whether a decoded input is an HTML page or a plain-text dump.
 * HTML when it starts like a document, or when an opening tag of a common element
 * appears in its first 4 KB and the text starts with `<`.
 * @internal
 */
export function detectKind(text: string): 'html' | 'text' {
  let head = text.slice(0, 4096);
  // A page saved with its raw HTTP response headers: judge what follows them.
  if (HTTP_RESPONSE.test(head)) {
    const lt = head.indexOf('<');
    if (lt > 0) head = text.slice(lt, lt + 4096);
  }
  if (HTML_START.test(head)) return 'html';
  // A few stray characters before the document start (a NUL, a BOM mis-decoded as "ï»¿")
  // do not make a page plain text.
  const lt = head.indexOf('<');
  if (lt > 0 && lt <= MAX_JUNK_BEFORE_DOCUMENT && HTML_START.test(head.slice(lt))) return 'html';
  if (/^\s*</.test(head) && HTML_TAG.test(head)) return 'html';
  return 'text';
}
