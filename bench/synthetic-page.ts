// Synthetic Russian news pages for the linearity benchmark: realistic markup (head metadata,
// menus, an article of paragraphs with inline links, nested card grids, "Читайте также"
// lists, footer) grown to any size, and the same article under any nesting depth.
// The wording is generated from a small vocabulary; no real page is copied.

const SUBJECTS = ['Администрация города', 'Губернатор области', 'Депутаты гордумы', 'Жители района', 'Сотрудники МЧС', 'Областной минздрав', 'Управление образования', 'Дорожная служба'];
const VERBS = ['сообщили', 'обсудили', 'утвердили', 'перенесли', 'объявили', 'начали', 'завершили', 'проверили'];
const OBJECTS = ['ремонт моста через Оку', 'новый график движения автобусов', 'строительство школы на 800 мест', 'благоустройство набережной', 'отопительный сезон', 'программу переселения из аварийного жилья', 'закупку машин скорой помощи', 'реконструкцию стадиона'];
const TAILS = ['в ближайшие выходные', 'до конца года', 'в первом квартале', 'по просьбе горожан', 'после проверки прокуратуры', 'впервые за десять лет', 'на заседании в четверг', 'несмотря на морозы'];
const NAV = ['Новости', 'Политика', 'Экономика', 'Общество', 'Происшествия', 'Спорт', 'Культура', 'Афиша', 'Погода', 'Контакты'];

/** A tiny deterministic PRNG (mulberry32), local to one page build. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function sentence(r: () => number, n: number): string {
  return `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)}, рассказали в пресс-службе ${n % 7 === 0 ? '«Городских новостей»' : 'ведомства'}.`;
}

function paragraph(r: () => number, n: number): string {
  const s1 = sentence(r, n);
  const s2 = sentence(r, n + 1);
  return `<p>${s1} <a href="/news/${1000 + n}/">${pick(r, OBJECTS)}</a> — ${s2.replace('.', '')}, <b>${pick(r, TAILS)}</b>.</p>\n`;
}

function cardGrid(r: () => number, n: number): string {
  let out = '<div class="row news-grid"><div class="col-12"><div class="news-list">\n';
  for (let i = 0; i < 4; i++) {
    out += `<div class="news-item"><div class="news-item__inner"><div class="news-item__img"><img src="/upload/${n}-${i}.jpg" alt=""></div>` +
      `<div class="news-item__body"><div class="news-item__date">${(n + i) % 28 + 1} ноября, 1${i}:0${i}</div>` +
      `<a class="news-item__title" href="/news/${n * 10 + i}/">${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}</a></div></div></div>\n`;
  }
  return `${out}</div></div></div>\n`;
}

function readAlso(r: () => number, n: number): string {
  let out = '<div class="read-also"><div class="read-also__title">Читайте также:</div><ul>';
  for (let i = 0; i < 3; i++) out += `<li><a href="/news/${n * 7 + i}/">${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}</a></li>`;
  return `${out}</ul></div>\n`;
}

function head(title: string): string {
  return (
    `<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8"><title>${title} — Городские новости</title>\n` +
    `<meta property="og:title" content="${title}"><meta property="og:site_name" content="Городские новости">\n` +
    `<meta property="article:published_time" content="2024-11-20T14:05:00+03:00">\n` +
    `<link rel="stylesheet" href="/css/main.css"><script>window.dataLayer=[];</script></head>\n<body>\n` +
    `<header class="header"><nav class="menu"><ul>${NAV.map((n, i) => `<li><a href="/${i}/">${n}</a></li>`).join('')}</ul></nav></header>\n`
  );
}

const FOOTER = '<footer class="footer"><div class="copyright">© 2024 Городские новости. Все права защищены.</div></footer>\n</body></html>\n';

/**
 * A news page of about `targetBytes` (UTF-8) bytes: a header, then an article whose body
 * grows by paragraphs, with a card grid and a "Читайте также" list every few paragraphs.
 */
export function buildNewsPage(targetBytes: number, seed = 1): string {
  const r = rng(seed);
  const title = 'В городе обсудили ремонт моста через Оку';
  const parts: string[] = [head(title), '<main class="content"><div class="container"><article class="news-detail">\n', `<h1>${title}</h1>\n`, '<div class="news-detail__date">20 ноября 2024, 14:05</div>\n', '<div class="news-detail__text">\n'];
  // Cyrillic letters take 2 bytes in UTF-8; count bytes as we go.
  const closing = '</div></article></div></main>\n';
  let bytes = parts.reduce((a, s) => a + Buffer.byteLength(s), 0) + Buffer.byteLength(closing) + Buffer.byteLength(FOOTER);
  let n = 0;
  while (bytes < targetBytes) {
    let chunk = paragraph(r, n);
    if (n % 6 === 5) chunk += `<div class="inner-block"><div class="quote"><blockquote>${sentence(r, n)}</blockquote></div></div>\n`;
    if (n % 12 === 11) chunk += readAlso(r, n);
    if (n % 20 === 19) chunk += cardGrid(r, n);
    parts.push(chunk);
    bytes += Buffer.byteLength(chunk);
    n++;
  }
  parts.push(closing, FOOTER);
  return parts.join('');
}

/** The same ~`articleBytes` article wrapped in `depth` nested `<div>`s. */
export function buildNestedPage(depth: number, articleBytes = 30_000, seed = 2): string {
  const r = rng(seed);
  const title = 'В городе обсудили ремонт моста через Оку';
  let article = `<article><h1>${title}</h1>\n`;
  let n = 0;
  while (Buffer.byteLength(article) < articleBytes) article += paragraph(r, n++);
  article += '</article>\n';
  return `${head(title)}${'<div class="wrap">'.repeat(depth)}\n${article}${'</div>'.repeat(depth)}\n${FOOTER}`;
}
