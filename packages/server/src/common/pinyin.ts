import { pinyin } from 'pinyin-pro';

/** Sort key in pinyin order: 湖南商会 → "hu nan shang hui". Non-Chinese text is kept, lower-cased. */
export function pinyinSortKey(text: string): string {
  return pinyin(text, { toneType: 'none', nonZh: 'consecutive', v: true }).toLowerCase().slice(0, 400);
}

/** Initials for search: 湖南商会 → "hnsh". */
export function pinyinInitials(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', nonZh: 'consecutive', separator: '' })
    .replace(/\s+/g, '')
    .toLowerCase()
    .slice(0, 100);
}
