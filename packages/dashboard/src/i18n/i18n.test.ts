import englishMessages from 'ra-language-english';
import { KINDS, PROVINCES, STATUSES } from '../organizations/kinds';
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
    expect(flatten(zh).get('guildhall.statuses.WEAK_LAX')).toBe('软弱涣散');
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
