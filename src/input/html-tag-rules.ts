/**
 * How HTML tags nest, as htmlparser2 8–10 parse them (the tree the library has always
 * read): which open elements a start tag closes, which elements never have content, and
 * which ones enter or leave foreign (SVG / MathML) content. Read by {@link HtmlTreeParser}.
 * @internal
 */

const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const TABLE_SECTIONS = ['thead', 'tbody'];
const DD_DT = ['dd', 'dt'];
const RT_RP = ['rt', 'rp'];

/** Tags closed first (while one of them is the innermost open element) when this tag opens. */
const IMPLIED_CLOSES: Record<string, readonly string[]> = {
  tr: ['tr', 'th', 'td'],
  th: ['th'],
  td: ['thead', 'th', 'td'],
  body: ['head', 'link', 'script'],
  li: ['li'],
  option: ['option'],
  optgroup: ['optgroup', 'option'],
  dd: DD_DT,
  dt: DD_DT,
  rt: RT_RP,
  rp: RT_RP,
  tbody: TABLE_SECTIONS,
  tfoot: TABLE_SECTIONS,
};
for (const tag of ['select', 'input', 'output', 'button', 'datalist', 'textarea']) IMPLIED_CLOSES[tag] = FORM;
for (const tag of 'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'.split(' ')) {
  IMPLIED_CLOSES[tag] = P;
}

/** Start tag → the set of open elements it closes. */
export const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(IMPLIED_CLOSES).map(([tag, closes]) => [tag, new Set(closes)]),
);

/** Elements without content or end tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(' '),
);

/** Elements that start foreign content, where `<x/>` closes itself. */
export const FOREIGN_CONTEXT_ELEMENTS: ReadonlySet<string> = new Set(['math', 'svg']);

/** Elements inside foreign content whose own content is HTML again. */
export const HTML_INTEGRATION_ELEMENTS: ReadonlySet<string> = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
