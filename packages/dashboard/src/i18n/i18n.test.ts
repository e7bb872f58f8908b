import fs from 'node:fs';
import path from 'node:path';
import englishMessages from 'ra-language-english';
import { ALERT_KINDS, ASSESSMENT_RESULTS, CASE_ACTIONS, CASE_STAGES, GUARD_RULES } from '../development/development';
import { EXEMPLAR_CATEGORIES, EXEMPLAR_RULES, EXEMPLAR_STATES, PHOTO_CONSTRAINTS } from '../exemplars/exemplar';
import { OVERSIGHT_RULES } from '../oversight/oversight';
import { DAY_TYPES, NOTICE_STAGES, NOTICE_STATES } from '../notices/notice';
import { KINDS, PROVINCES, STATUSES } from '../organizations/kinds';
import { CLASS_STATUSES, ENROLLMENT_STATUSES, TRAINING_RULES } from '../training/training';
import { REPORT_CHANNELS, REPORT_FINDINGS, REPORT_STATUSES } from '../reports/report';
import { EDUCATIONS, GENDERS, MEMBERSHIP_STATUSES, RELATIONS } from '../people/person';
import { en } from './en';
import { i18nProvider, messages } from './index';
import { zh } from './zh';

type Tree = { [key: string]: unknown };

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    if (value && typeof value === 'object') for (const [k, v] of flatten(value as Tree, `${prefix}${key}.`)) out.set(k, v);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}

describe('messages', () => {
  it('has the same labels in Chinese and English', () => {
    expect([...flatten(en).keys()].sort()).toEqual([...flatten(zh).keys()].sort());
  });

  it('has no empty label', () => {
    for (const [key, value] of [...flatten(zh), ...flatten(en)]) {
      expect({ key, ok: typeof value === 'string' && value.trim() !== '' }).toEqual({ key, ok: true });
    }
  });

  it('words every rule the server can refuse a step on, in both languages', () => {
    // The server names its rules as `rule: '…'` where it raises GUARD_FAILED / NOTICE_OPEN.
    const serverRules = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
          for (const match of fs.readFileSync(file, 'utf8').matchAll(/\brule: '([A-Za-z]+)'/g)) serverRules.add(match[1]);
        }
      }
    };
    walk(path.resolve(__dirname, '../../../server/src'));
    expect(serverRules.size).toBeGreaterThan(20);
    const known = new Set<string>([...GUARD_RULES, ...TRAINING_RULES, ...EXEMPLAR_RULES, ...OVERSIGHT_RULES]);
    expect([...serverRules].filter((rule) => !known.has(rule)).sort()).toEqual([]);
  });

  it('names every kind, status and province in both languages', () => {
    for (const locale of ['zh', 'en']) {
      const labels = flatten(messages[locale] as Tree);
      for (const kind of KINDS) expect(labels.get(`guildhall.kinds.${kind}`)).toBeTruthy();
      for (const status of STATUSES) expect(labels.get(`guildhall.statuses.${status}`)).toBeTruthy();
      for (const province of PROVINCES) expect(labels.get(`guildhall.provinces.${province}`)).toBeTruthy();
      for (const gender of GENDERS) expect(labels.get(`guildhall.genders.${gender}`)).toBeTruthy();
      for (const education of EDUCATIONS) expect(labels.get(`guildhall.educations.${education}`)).toBeTruthy();
      for (const status of MEMBERSHIP_STATUSES) expect(labels.get(`guildhall.membershipStatuses.${status}`)).toBeTruthy();
      for (const relation of RELATIONS) expect(labels.get(`guildhall.relations.${relation}`)).toBeTruthy();
      const named: [string, readonly string[]][] = [
        ['caseStages', CASE_STAGES],
        ['caseAlerts', ALERT_KINDS],
        ['caseActions', CASE_ACTIONS],
        ['assessmentResults', ASSESSMENT_RESULTS],
        ['rules', GUARD_RULES],
        ['rules', TRAINING_RULES],
        ['classStatuses', CLASS_STATUSES],
        ['enrollmentStatuses', ENROLLMENT_STATUSES],
        ['noticeStages', NOTICE_STAGES],
        ['dayTypes', DAY_TYPES],
        ['noticeStates', NOTICE_STATES],
        ['reportChannels', REPORT_CHANNELS],
        ['reportStatuses', REPORT_STATUSES],
        ['reportFindings', REPORT_FINDINGS],
        ['calendarDayKinds', ['WORKDAY', 'HOLIDAY']],
        ['exemplarCategories', EXEMPLAR_CATEGORIES],
        ['exemplarStates', EXEMPLAR_STATES],
        ['rules', EXEMPLAR_RULES],
        ['rules', OVERSIGHT_RULES],
        ['validation', PHOTO_CONSTRAINTS],
      ];
      for (const [group, values] of named) for (const value of values) expect({ locale, key: `${group}.${value}`, ok: !!labels.get(`guildhall.${group}.${value}`) }).toEqual({ locale, key: `${group}.${value}`, ok: true });
      // Every step a case can offer has a button label.
      for (const action of CASE_ACTIONS.filter((a) => a !== 'OPEN')) expect(labels.get(`resources.developmentCases.steps.${action}`)).toBeTruthy();
    }
    const zhLabels = flatten(zh);
    expect(MEMBERSHIP_STATUSES.map((status) => zhLabels.get(`guildhall.membershipStatuses.${status}`))).toEqual([
      '群众',
      '入党申请人',
      '入党积极分子',
      '发展对象',
      '预备党员',
      '正式党员',
      '已离开',
    ]);
    expect(RELATIONS.map((relation) => zhLabels.get(`guildhall.relations.${relation}`))).toEqual(['组织关系在此', '流动党员']);
    expect(flatten(zh).get('guildhall.kinds.CHAMBER')).toBe('异地商会');
    expect(CASE_STAGES.map((stage) => zhLabels.get(`guildhall.caseStages.${stage}`))).toEqual([
      '入党申请人',
      '入党积极分子',
      '发展对象',
      '预备党员',
      '正式党员',
      '已取消',
      '已终止',
    ]);
    expect(ALERT_KINDS.map((kind) => zhLabels.get(`guildhall.caseAlerts.${kind}`))).toEqual(['谈话逾期', '审批逾期', '预备期已满']);
    expect(NOTICE_STATES.map((state) => zhLabels.get(`guildhall.noticeStates.${state}`))).toEqual(['草稿', '即将公示', '公示中', '公示期满（无异议）', '公示期满（有异议）']);
    expect(REPORT_STATUSES.map((status) => zhLabels.get(`guildhall.reportStatuses.${status}`))).toEqual(['已受理', '核查中', '情况属实', '情况不属实', '已办结']);
    expect(flatten(zh).get('guildhall.statuses.WEAK_LAX')).toBe('软弱涣散');
    expect(CLASS_STATUSES.map((status) => zhLabels.get(`guildhall.classStatuses.${status}`))).toEqual(['筹备中', '已发布', '已取消']);
    expect(EXEMPLAR_CATEGORIES.map((category) => zhLabels.get(`guildhall.exemplarCategories.${category}`))).toEqual(['优秀共产党员', '优秀党务工作者', '优秀民营企业家', '优秀党建指导员', '先进基层党组织']);
    expect(EXEMPLAR_STATES.map((state) => zhLabels.get(`guildhall.exemplarStates.${state}`))).toEqual(['草稿', '审核中', '公示中', '已发布', '已撤回', '已被新版本取代']);
    expect(ENROLLMENT_STATUSES.map((status) => zhLabels.get(`guildhall.enrollmentStatuses.${status}`))).toEqual(['候补', '已报名', '已确认', '已参训', '缺席', '已取消']);
  });

  it('leaves none of react-admin’s own messages in English under Chinese', () => {
    const english = flatten(englishMessages as unknown as Tree);
    const chinese = flatten(messages.zh as Tree);
    const untranslated = [...english].filter(([key, value]) => chinese.get(key) === value && /[a-z]{3}/i.test(String(value).replace(/%\{[^}]+\}/g, '')));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it('starts in Chinese and offers 中文 and English', () => {
    expect(i18nProvider.getLocale()).toBe('zh');
    expect(i18nProvider.getLocales?.()).toEqual([
      { locale: 'zh', name: '中文' },
      { locale: 'en', name: 'English' },
    ]);
    expect(i18nProvider.translate('resources.organizations.name', { smart_count: 2 })).toBe('组织');
  });
});
