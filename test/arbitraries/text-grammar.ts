import fc from 'fast-check';
import { CITIES, SOURCES, dateThenTime, headline, paragraph, sentence, timeThenDate } from './words.js';

/**
 * Grammar of the aggregator plain-text format (SPEC §"Plain-text input"): optional title
 * line, lead and body paragraphs separated by blank lines or single breaks, optional
 * "Ещё новости о событии" block (headline + `HH:mm dd.mm.yyyy Source - City` pairs),
 * optional "По теме" block (headlines, or `Title - Source Snippet` + `Source` pairs),
 * optional `Источник:` / date trailer, plus noise: CRLF, NBSP runs, trailing blanks,
 * stray junk lines.
 *
 * Every content line carries a unique marker word (see {@link MARKER_RE}) right after its
 * first word, so a property can tell whether that line survived somewhere in the output.
 */

/** Marker words look like `кзщ` + Cyrillic "digits"; unique per generated text. */
export const MARKER_RE = /кзщ[а-и]+/gu;
const MARK = '\u00A7'; // placeholder, replaced by a unique marker word

function markerWord(k: number): string {
  return `кзщ${[...String(k)].map((d) => 'абвгдежзи'.charAt(Number(d) % 9) + (d === '9' ? 'и' : '')).join('')}`;
}

/** Inserts the marker placeholder after the first word. */
function mark(s: string): string {
  const sp = s.indexOf(' ');
  return sp === -1 ? `${s} ${MARK}` : `${s.slice(0, sp)} ${MARK}${s.slice(sp)}`;
}

const MORE_HEADINGS = ['Ещё новости о событии', 'Еще новости о событии', 'ЕЩЁ НОВОСТИ О СОБЫТИИ', 'Другие новости о событии'];
const RELATED_HEADINGS = ['По теме', 'Читайте также', 'Новости по теме', 'Похожие новости', 'Смотрите также', 'Материалы по теме'];

const heading = (list: string[]) =>
  fc.tuple(fc.constantFrom(...list), fc.constantFrom('', ':', ' :', '  ')).map(([h, c]) => h + c);

const moreItem = fc
  .tuple(fc.oneof(headline, sentence), timeThenDate, fc.constantFrom(...SOURCES), fc.constantFrom(...CITIES))
  .map(([title, when, source, city]) => [mark(title), `${when} ${source} - ${city}`]);

const relatedItem = fc.oneof(
  headline.map((h) => [mark(h)]),
  fc
    .tuple(headline, fc.constantFrom(...SOURCES), paragraph, fc.boolean())
    .map(([title, source, snippet, echo]) => [`${mark(title)} - ${source} ${echo ? `${title} ` : ''}${snippet}`, source]),
);

/** Junk that a real dump may hold between paragraphs. */
const junkLine = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.constantFrom('***', '—', '12+', 'Фото: пресс-служба', 'Реклама', '<b>жирный</b> текст', '&nbsp;', 'http://example.ru/a?b=1'),
);

export interface GeneratedText {
  text: string;
  /** Lines in order, before the noise (CRLF, NBSP) was added. */
  lines: string[];
}

/** Random aggregator dumps in the plain-text format. */
export const aggregatorText: fc.Arbitrary<GeneratedText> = fc
  .record({
    title: fc.option(fc.tuple(headline, fc.constantFrom('', '', 'Ещё ', 'Еще ')).map(([h, p]) => p + h), { freq: 6 }),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 5 }),
    junk: fc.array(fc.tuple(fc.nat(6), junkLine), { maxLength: 2 }),
    more: fc.option(fc.tuple(heading(MORE_HEADINGS), fc.array(moreItem, { minLength: 0, maxLength: 3 })), { freq: 2 }),
    related: fc.option(fc.tuple(heading(RELATED_HEADINGS), fc.array(relatedItem, { minLength: 0, maxLength: 4 })), { freq: 2 }),
    trailer: fc.option(fc.tuple(fc.constantFrom(...SOURCES), dateThenTime, fc.boolean()), { freq: 3 }),
    blankLines: fc.boolean(),
    crlf: fc.boolean(),
    nbsp: fc.boolean(),
    trailingSpace: fc.boolean(),
  })
  .map((g) => {
    const main: string[] = [];
    if (g.title !== null) main.push(mark(g.title));
    const paras = g.paragraphs.map(mark);
    for (const [at, junk] of g.junk) paras.splice(Math.min(at, paras.length), 0, junk);
    const lines: string[] = [];
    const pushGroup = (group: string[]) => {
      if (lines.length > 0 && g.blankLines) lines.push('');
      lines.push(...group);
    };
    pushGroup(main);
    for (const p of paras) pushGroup([p]);
    if (g.trailer !== null && g.more === null && g.related === null) {
      const [source, when, dateFirst] = g.trailer;
      pushGroup(dateFirst ? [when, `Источник: ${source}`] : [`Источник: ${source}`, when]);
    }
    if (g.more !== null) {
      lines.push('', g.more[0]);
      for (const item of g.more[1]) lines.push(...item);
    }
    if (g.related !== null) {
      lines.push('', g.related[0]);
      for (const item of g.related[1]) lines.push(...item);
    }
    let k = 0;
    const marked = lines.map((l) => l.split(MARK).reduce((acc, part, i) => (i === 0 ? part : acc + markerWord(k++) + part), ''));
    let text = marked
      .map((l) => (g.nbsp ? l.replace(/ /gu, (s, i: number) => (i % 7 === 3 ? '\u00A0 ' : s)) : l))
      .map((l) => (g.trailingSpace ? `${l} \t` : l))
      .join(g.crlf ? '\r\n' : '\n');
    if (g.trailingSpace) text = `\n${text}\n \n`;
    return { text, lines: marked };
  });
