import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../src/segment/block-headings.js';

describe('classifyHeading', () => {
  it.each([
    ['Ещё новости о событии', 'moreOnEvent'],
    ['Еще новости о событии:', 'moreOnEvent'],
    ['  ЕЩЁ  НОВОСТИ\u00A0О СОБЫТИИ : ', 'moreOnEvent'],
    ['Другие новости о событии', 'moreOnEvent'],
    ['Все новости о событии.', 'moreOnEvent'],
    ['По теме', 'related'],
    ['По теме:', 'related'],
    ['по  теме', 'related'],
    ['Читайте также:', 'related'],
    ['ЧИТАЙТЕ ЕЩЁ', 'related'],
    ['Читайте еще', 'related'],
    ['Новости по теме', 'related'],
    ['Похожие новости', 'related'],
    ['Смотрите также', 'related'],
    ['Материалы по теме', 'related'],
    ['Ссылки по теме', 'related'],
    ['Также читайте', 'related'],
    ['Рекомендуем', 'related'],
    ['Статьи по теме', 'related'],
    ['Другие новости по теме', 'related'],
    ['Вам может быть интересно', 'related'],
    ['» Читайте также', 'related'],
    ['Пo тeме', 'related'], // Latin o, e
    ['Последние новости', 'sitewide'],
    ['Самое читаемое', 'sitewide'],
    ['Популярное', 'sitewide'],
    ['Новости партнеров', 'sitewide'],
    ['Новости партнёров:', 'sitewide'],
    ['Главное', 'sitewide'],
    ['Лента новостей', 'sitewide'],
    ['Новости дня', 'sitewide'],
    ['Выбор редакции', 'sitewide'],
  ])('%j → %s', (text, kind) => {
    expect(classifyHeading(text)).toBe(kind);
  });

  it.each([
    'Еще одна новость',
    'Ещё новости о событии стали известны вчера',
    'Еще новости о событии в Туле: мост открыт',
    'По теме доклада выступил губернатор',
    'Читайте также нашу колонку',
    'Популярное кафе закрылось',
    '',
    '   ',
    ':',
    'По теме'.repeat(200),
  ])('%j is not a heading', (text) => {
    expect(classifyHeading(text)).toBeNull();
  });
});
