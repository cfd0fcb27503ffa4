import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/cli/output/format-markdown.js';

describe('escapeMarkdown', () => {
  it.each([
    ['# 5 фактов о мосте', '\\# 5 фактов о мосте'],
    ['- тире в начале', '\\- тире в начале'],
    ['1. Первый пункт', '1\\. Первый пункт'],
    ['2017. Итоги года', '2017\\. Итоги года'],
    ['Цена *акции* выросла на 5%', 'Цена \\*акции\\* выросла на 5%'],
    ['[Фото] <b>снег</b>', '\\[Фото\\] \\<b\\>снег\\</b\\>'],
    ['snake_case и a|b', 'snake\\_case и a\\|b'],
    ['Обычный абзац — без разметки.', 'Обычный абзац — без разметки.'],
    ['1,5 млн рублей', '1,5 млн рублей'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
