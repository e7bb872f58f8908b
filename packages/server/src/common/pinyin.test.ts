import { pinyinInitials, pinyinSortKey } from './pinyin';

describe('pinyin keys', () => {
  it('orders Chinese names by pinyin, not by code point', () => {
    const names = ['浙江商会', '湖南商会', '四川商会', '安徽商会'];
    const sorted = [...names].sort((a, b) => pinyinSortKey(a).localeCompare(pinyinSortKey(b)));
    expect(sorted).toEqual(['安徽商会', '湖南商会', '四川商会', '浙江商会']);
  });

  it('gives initials for search', () => {
    expect(pinyinInitials('贵州省湖南商会')).toBe('gzshnsh');
    expect(pinyinInitials('ABC科技')).toBe('abckj');
  });
});
