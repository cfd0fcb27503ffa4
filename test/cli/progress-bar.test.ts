import type { WriteStream } from 'node:tty';
import { describe, expect, it } from 'vitest';
import { formatDuration, ProgressBar } from '../../src/cli/output/progress-bar.js';

function fakeTerminal(): { stream: WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { columns: 100, write: (s: string) => written.push(s) } as unknown as WriteStream;
  return { stream, written };
}

describe('ProgressBar', () => {
  it('draws done/total, pages per second, ETA and failures, and a full bar at the end', () => {
    const { stream, written } = fakeTerminal();
    const bar = new ProgressBar(stream, 4, performance.now() - 2000);
    bar.tick(true);
    expect(written.at(-1)).toMatch(/^\r\x1b\[K\[#*-+\] 1\/4  0\.\d pages\/s  ETA 0:0\d$/);
    bar.tick(false);
    bar.tick(true);
    bar.tick(true); // the last one is always drawn
    expect(written.at(-1)).toMatch(/\[#+\] 4\/4  \d+\.\d pages\/s  ETA 0:00  1 failed$/);
    expect(written.at(-1)).not.toContain('-]');
  });

  it('prints logged lines above the bar and clears it on finish', () => {
    const { stream, written } = fakeTerminal();
    const bar = new ProgressBar(stream, 10, performance.now());
    bar.tick(true);
    written.length = 0;
    bar.log('a.html: EMPTY_INPUT: …');
    expect(written[0]).toBe('\r\x1b[K');
    expect(written[1]).toBe('a.html: EMPTY_INPUT: …\n');
    expect(written[2]).toMatch(/ 1\/10 /);
    written.length = 0;
    bar.finish();
    expect(written).toEqual(['\r\x1b[K']);
  });

  it.each([
    [0, '0:00'],
    [59.4, '0:59'],
    [61, '1:01'],
    [3725, '1:02:05'],
  ])('formatDuration(%d) = %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
