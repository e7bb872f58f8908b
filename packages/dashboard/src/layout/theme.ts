import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

// Chinese text first: system CJK fonts, with the Latin font for Latin text.
const fontFamily = [
  'Roboto',
  '"PingFang SC"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Zen Hei"',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(', ');

export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  typography: { ...(defaultLightTheme.typography as object), fontFamily },
};
