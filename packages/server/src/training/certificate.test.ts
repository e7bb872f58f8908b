import fc from 'fast-check';
import { certificatePeriod, certificateSentence, layoutLines } from './certificate.pdf';

/** Widths as a CJK font gives them at 18 pt: a Chinese character a full em, Latin and digits half. */
const measure = (s: string) => [...s].reduce((w, ch) => w + (/[\u0000-\u00ff]/.test(ch) ? 9 : 18), 0);

const DATE = /\d{4}年\d{1,2}月\d{1,2}日/g;

describe('the certificate text', () => {
  it('names a single day for a class of one day, and the first and last day otherwise', () => {
    expect(certificatePeriod('2026-12-05', '2026-12-05')).toBe('于 2026年12月5日');
    expect(certificatePeriod('2026-12-03', '2026-12-05')).toBe('于 2026年12月3日 至 2026年12月5日');
    const oneDay = certificateSentence({ startsOn: '2026-12-05', endsOn: '2026-12-05', organizerName: '贵州省湖南商会', classTitle: '入党积极分子培训班', hours: 8 });
    expect(oneDay).toBe('于 2026年12月5日 参加贵州省湖南商会举办的「入党积极分子培训班」，完成学习 8 学时，经考核合格，准予结业。');
    expect(oneDay).not.toContain('至');
  });

  it('never breaks a date, a number with its unit or a word across lines, at any width and with any names', () => {
    const name = fc.string({ unit: fc.constantFrom(...'贵州省湖南商会党委入党积极分子培训班第二期ABC 12'.split('')), minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        name,
        name,
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 200, max: 700 }),
        (organizerName, classTitle, hours, startOffset, days, width) => {
          const start = new Date(Date.UTC(2026, 0, 1 + startOffset));
          const end = new Date(start.getTime() + days * 86_400_000);
          const iso = (d: Date) => d.toISOString().slice(0, 10);
          const text = certificateSentence({ startsOn: iso(start), endsOn: iso(end), organizerName, classTitle, hours });
          const lines = layoutLines(text, width, measure);
          // Nothing lost: the lines are the text, cut only where spaces or character boundaries were.
          expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          const dates = text.match(DATE)!;
          expect(lines.flatMap((l) => l.match(DATE) ?? [])).toEqual(dates);
          expect(lines.join('\n')).toMatch(new RegExp(`${hours}\\s*学时`));
          for (const line of lines) {
            expect(line).not.toMatch(/^[，。、」\s]/);
            expect(line).not.toMatch(/「$/);
          }
          // Lines fit, unless one unbreakable run is wider than the line on its own.
          for (const line of lines) if (measure(line) > width) expect(line.length).toBeLessThanOrEqual(1 + Math.max(...text.split(/\s+/).map((w) => w.length)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('breaks a date that the old layout would have split at the year: 2026 stays with 年', () => {
    const text = certificateSentence({ startsOn: '2026-12-05', endsOn: '2026-12-05', organizerName: '贵州省湖南商会', classTitle: '培训', hours: 8 });
    // A width that ends the first line just after "于 2026".
    const lines = layoutLines(text, measure('于 2026'), measure);
    expect(lines[0]).toBe('于');
    expect(lines[1]).toBe('2026年12月5日');
  });
});
