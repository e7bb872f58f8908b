import { HttpError } from 'react-admin';
import { toHttpError, translateProblem } from '../apiErrors';
import { formatDate, formatDateTime, joinList } from './format';
import { i18nProvider } from './index';

const translateIn = async (locale: string) => {
  await i18nProvider.changeLocale(locale);
  return (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);
};

describe('dates in the dashboard', () => {
  it('writes a day as 2026-12-07 and a moment as 2026-12-07 23:14, in China time, whatever the browser writes', () => {
    expect(formatDate('2026-12-07')).toBe('2026-12-07');
    expect(formatDate('2026-12-04T15:14:25.000Z')).toBe('2026-12-04');
    expect(formatDate('2026-12-04T16:30:00.000Z')).toBe('2026-12-05');
    expect(formatDateTime('2026-12-04T15:14:25.000Z')).toBe('2026-12-04 23:14');
    expect(formatDateTime('2026-12-04T15:14:25.000Z', { seconds: true })).toBe('2026-12-04 23:14:25');
    expect(formatDateTime('2026-12-04T23:32:00.000Z')).toBe('2026-12-05 07:32');
    expect(formatDateTime('2026-12-07')).toBe('2026-12-07');
    expect(formatDate(null)).toBe('');
  });

  it('joins lists with 、 in Chinese and a comma in English', () => {
    expect(joinList(['名称', '电话'], 'zh')).toBe('名称、电话');
    expect(joinList(['Name', 'Phone'], 'en')).toBe('Name, Phone');
  });
});

describe('refusals keep what the server named', () => {
  it('puts the date a step may not precede into the message, in both languages', async () => {
    const problem = { field: 'on', constraint: 'beforeLastStep', message: 'the previous step took effect on 2026-12-04', params: { date: '2026-12-04' } };
    expect(translateProblem(problem, await translateIn('zh'))).toBe('不能早于上一步办理的日期（2026-12-04）');
    expect(translateProblem(problem, await translateIn('en'))).toBe('Cannot be earlier than the previous step (2026-12-04)');
    // Without the values, the plain message: never a placeholder left in the text.
    expect(translateProblem({ ...problem, params: undefined }, await translateIn('zh'))).toBe('不能早于上一步办理的日期');
  });

  it('joins the clauses of a refusal in the language of the interface', async () => {
    // As the SDK's ApiError carries it (duck-typed, as the dashboard reads it).
    const fields = [
      { field: 'title', constraint: 'required', message: 'x' },
      { field: 'on', constraint: 'beforeLastStep', message: 'y', params: { date: '2026-12-04' } },
    ];
    const error = Object.assign(new Error('two'), { name: 'ApiError', code: 'BAD_USER_INPUT', fields, extensions: { code: 'BAD_USER_INPUT', fields } });
    const en = toHttpError(error, await translateIn('en'), { resource: 'developmentCases' }) as HttpError;
    expect(en.message).toContain('; ');
    expect(en.message).not.toContain('；');
    expect(en.message).toContain('(2026-12-04)');
    const zh = toHttpError(error, await translateIn('zh'), { resource: 'developmentCases' }) as HttpError;
    expect(zh.message).toContain('；');
    expect(zh.message).toContain('（2026-12-04）');
  });
});
