import chineseModule from '@haxqer/ra-language-chinese';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { en } from './en';
import { raZh } from './raZh';
import { zh } from './zh';

export const DEFAULT_LOCALE = 'zh';

type Tree = { [key: string]: unknown };

/** Deep merge of message trees: later trees win, nested objects merge. */
export function mergeMessages(...trees: Tree[]): Tree {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = out[key];
      out[key] =
        value && typeof value === 'object' && existing && typeof existing === 'object'
          ? mergeMessages(existing as Tree, value as Tree)
          : value;
    }
  }
  return out;
}

// The package is CommonJS; depending on the bundler the messages sit on `default` or not.
const chineseMessages = ((chineseModule as { default?: TranslationMessages }).default ?? chineseModule) as TranslationMessages;

// The Chinese package misses some react-admin 5 keys: English fills the gaps, raZh translates them.
export const messages: Record<string, TranslationMessages> = {
  zh: mergeMessages(englishMessages, chineseMessages, raZh, zh) as TranslationMessages,
  en: mergeMessages(englishMessages, en) as TranslationMessages,
};

// react-admin keeps the chosen locale in its store (localStorage), and applies it on start.
export const i18nProvider = polyglotI18nProvider((locale) => messages[locale] ?? messages[DEFAULT_LOCALE], DEFAULT_LOCALE, [
  { locale: 'zh', name: '中文' },
  { locale: 'en', name: 'English' },
]);
