/**
 * Date-finder benchmark: times findRussianDates and chrono-node's Russian parser
 * (`chrono.ru.parse`) on the same realistic 5,000-paragraph Russian news text, generated
 * from templates below, and prints paragraphs per second for both and the ratio.
 *
 * Run: `node --import tsx bench/dates.ts`; `runDateBench()` is also called by bench/index.ts.
 */
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { findRussianDates } from '../src/date/find-russian-dates.js';

/** Result of {@link runDateBench}. */
export interface DateBenchResult {
  paragraphs: number;
  characters: number;
  ours: { paragraphsPerSecond: number; mentions: number; ms: number };
  chrono: { paragraphsPerSecond: number; mentions: number; ms: number };
  /** ours / chrono throughput. */
  ratio: number;
}

const CITIES = ['Калуге', 'Туле', 'Рязани', 'Твери', 'Брянске', 'Орле', 'Смоленске', 'Владимире', 'Иванове', 'Костроме'];
const MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTHS_PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
const PEOPLE = ['глава администрации', 'губернатор области', 'представитель прокуратуры', 'начальник управления', 'депутат городской думы'];
const THINGS = ['ремонт моста', 'строительство школы', 'реконструкция набережной', 'благоустройство парка', 'замена теплосетей'];

/** Sentences with dates, numbers that are not dates, and plain prose, in news register. */
const TEMPLATES: readonly ((r: () => number) => string)[] = [
  (r) => `В ${pick(CITIES, r)} ${pick(PEOPLE, r)} сообщил, что ${pick(THINGS, r)} завершится ${1 + int(r, 28)} ${pick(MONTHS_GEN, r)} ${2017 + int(r, 8)} года.`,
  (r) => `По данным ведомства, за неделю поступило ${int(r, 900) + 100} обращений, из них ${int(r, 90)}% решены положительно.`,
  (r) => `Заседание комиссии состоится ${pad2(1 + int(r, 28))}.${pad2(1 + int(r, 12))}.${2018 + int(r, 6)} в ${pad2(int(r, 24))}:${pad2(int(r, 60))} в большом зале администрации.`,
  (r) => `Как сообщалось ранее, вчера вечером на трассе М-${int(r, 9) + 1}0 столкнулись два автомобиля, пострадали ${int(r, 5) + 1} человека.`,
  (r) => `Стоимость проекта оценивается в ${int(r, 9) + 1},${int(r, 9)} млрд рублей; финансирование предусмотрено в бюджете на ${2024 + int(r, 3)} год.`,
  (r) => `Жители дома на улице Ленина жалуются на перебои с горячей водой, которые продолжаются с ${1 + int(r, 27)} ${pick(MONTHS_GEN, r)}.`,
  (r) => `Матч завершился со счётом ${int(r, 5)}:${int(r, 5)}, следующая игра пройдёт ${1 + int(r, 27)}–${29 + int(r, 1)} ${pick(MONTHS_GEN, r)}.`,
  (r) => `Выставка открыта с ${1 + int(r, 9)} по ${15 + int(r, 13)} ${pick(MONTHS_GEN, r)}, вход свободный, справки по телефону 8 (4842) ${int(r, 90) + 10}-${int(r, 90) + 10}-${int(r, 90) + 10}.`,
  (r) => `В ${pick(MONTHS_PREP, r)} ${2015 + int(r, 9)} года в регионе было зарегистрировано ${int(r, 5000) + 100} новых предприятий малого бизнеса.`,
  (r) => `Об этом ${int(r, 3) + 2} часа назад сообщила пресс-служба регионального управления МЧС.`,
  (r) => `Сегодня в ${pad2(8 + int(r, 12))}:${pad2(int(r, 60))} на площади Победы начнётся торжественный митинг, посвящённый ${int(r, 80) + 1}-летию освобождения города.`,
  (r) => `Подозреваемому ${int(r, 30) + 18}-летнему мужчине предъявлено обвинение по части ${int(r, 3) + 1} статьи ${int(r, 200) + 100} УК РФ.`,
  (r) => `На ${int(r, 30) + 2}-м заседании сессии депутаты утвердили изменения в бюджет, дефицит составит ${int(r, 9) + 1},${int(r, 9)}%.`,
  (r) => `Истребители Су-${int(r, 20) + 27} отработали перехват целей, сообщили в пресс-службе округа.`,
  (r) => `Публикация от ${1 + int(r, 27)} ${pick(MONTHS_GEN, r)} ${2016 + int(r, 8)} г., ${pad2(int(r, 24))}:${pad2(int(r, 60))} вызвала широкий резонанс в социальных сетях.`,
  (r) => `Работы ведутся по ГОСТ ${int(r, 40) + 10}.${int(r, 9) + 1}.00${int(r, 9)}-${int(r, 40) + 60}, срок гарантии — ${int(r, 10) + 1} лет.`,
  () => `Горожане могут оставить предложения на портале до конца месяца, итоги голосования подведут в следующем квартале.`,
  (r) => `По словам специалистов, уровень воды в реке поднялся на ${int(r, 90) + 10} сантиметров и продолжает расти.`,
  (r) => `В ${2010 + int(r, 14)} году на этом месте планировали построить торговый центр, однако проект так и не был реализован.`,
  () => `Полицейские задержали мужчину около трёх часов назад, сейчас с ним работают следователи.`,
];

function int(r: () => number, n: number): number {
  return Math.floor(r() * n);
}
function pick<T>(list: readonly T[], r: () => number): T {
  return list[int(r, list.length)] as T;
}
function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
/** Deterministic PRNG (mulberry32), so every run times the same text. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds `count` paragraphs of 2–5 template sentences each. */
export function buildNewsParagraphs(count: number, seed = 20171204): string[] {
  const r = mulberry32(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 2 + int(r, 4);
    const sentences: string[] = [];
    for (let j = 0; j < n; j++) sentences.push(pick(TEMPLATES, r)(r));
    out.push(sentences.join(' '));
  }
  return out;
}

function time(fn: () => number): { ms: number; mentions: number } {
  const start = performance.now();
  const mentions = fn();
  return { ms: performance.now() - start, mentions };
}

/**
 * Times both parsers on 5,000 paragraphs (one call per paragraph, as in the pipeline) and
 * prints the figures. The machine may be shared, so the parsers run in alternating
 * rounds after a warm-up, and each one's fastest round is reported (the least disturbed
 * estimate of its own cost).
 */
export function runDateBench(options: { paragraphs?: number; rounds?: number; print?: boolean } = {}): DateBenchResult {
  const count = options.paragraphs ?? 5000;
  const rounds = options.rounds ?? 5;
  const paragraphs = buildNewsParagraphs(count);
  const reference = new Date('2024-06-15T12:00:00+03:00');
  const dateOptions = { reference, timeZone: 'Europe/Moscow' };
  const runOurs = (list: readonly string[]) => {
    let n = 0;
    for (const p of list) n += findRussianDates(p, dateOptions).length;
    return n;
  };
  const runChrono = (list: readonly string[]) => {
    let n = 0;
    for (const p of list) n += chrono.ru.parse(p, reference).length;
    return n;
  };
  // Warm-up so both JITs are in steady state.
  const warm = paragraphs.slice(0, 1000);
  runOurs(warm);
  runChrono(warm);
  let ours = { ms: Number.POSITIVE_INFINITY, mentions: 0 };
  let theirs = { ms: Number.POSITIVE_INFINITY, mentions: 0 };
  for (let r = 0; r < rounds; r++) {
    const a = time(() => runOurs(paragraphs));
    if (a.ms < ours.ms) ours = a;
    const b = time(() => runChrono(paragraphs));
    if (b.ms < theirs.ms) theirs = b;
  }
  const result: DateBenchResult = {
    paragraphs: count,
    characters: paragraphs.reduce((s, p) => s + p.length, 0),
    ours: { paragraphsPerSecond: (count / ours.ms) * 1000, mentions: ours.mentions, ms: ours.ms },
    chrono: { paragraphsPerSecond: (count / theirs.ms) * 1000, mentions: theirs.mentions, ms: theirs.ms },
    ratio: theirs.ms / ours.ms,
  };
  if (options.print !== false) {
    const f = (x: number) => Math.round(x).toLocaleString('en-US');
    console.log(`dates: ${f(count)} paragraphs, ${f(result.characters)} characters, best of ${rounds} rounds`);
    console.log(`  findRussianDates: ${f(result.ours.paragraphsPerSecond)} paragraphs/s (${result.ours.ms.toFixed(1)} ms, ${result.ours.mentions} mentions)`);
    console.log(`  chrono.ru.parse:  ${f(result.chrono.paragraphsPerSecond)} paragraphs/s (${result.chrono.ms.toFixed(1)} ms, ${result.chrono.mentions} mentions)`);
    console.log(`  ratio: ${result.ratio.toFixed(1)}x chrono-node's throughput`);
  }
  return result;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runDateBench();
}
