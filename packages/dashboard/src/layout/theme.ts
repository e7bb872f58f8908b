import { grey } from '@mui/material/colors';
import type { Theme } from '@mui/material/styles';
import { createElement, type ReactNode } from 'react';
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

/**
 * Colours that text can be read on: every colour below reaches a contrast of at least 4.5:1
 * against white (and against the page's #fafafb and the grey of a hovered row or a filled
 * input) as text on it, and as a chip or app bar behind white text (WCAG 2 AA). They are the
 * darker shades of react-admin's and Material's defaults, so the blues, orange and green read
 * as before, only a step deeper.
 */
export const palette = {
  // Links, buttons, the focused field's label: Material blue 800 (5.8:1 on white) instead of 700 (4.6:1).
  primary: { main: '#1565c0', light: '#5e92f3', dark: '#0d47a1', contrastText: '#fff' },
  // The app bar and the secondary chips: react-admin's own darker blue (5.6:1) instead of #2196f3 (3.1:1).
  secondary: { main: '#0069c0', light: '#6ec6ff', dark: '#004c8c', contrastText: '#fff' },
  // 待转正, 党的工作未覆盖 and other warnings: a burnt orange (5.4:1) instead of #ed6c02 (3.1:1).
  warning: { main: '#b54708', light: '#ef8a3c', dark: '#8a3300', contrastText: '#fff' },
  // Planned meetings and other notes: light blue 900's neighbour (5.8:1) instead of #0288d1 (3.9:1).
  info: { main: '#026aa7', light: '#4fa3d9', dark: '#014a77', contrastText: '#fff' },
  // Errors: Material red 800 (5.6:1), which stays above 4.5:1 on grey too.
  error: { main: '#c62828', light: '#ef5350', dark: '#8e0000', contrastText: '#fff' },
  success: { main: '#2e7d32', light: '#4caf50', dark: '#1b5e20', contrastText: '#fff' },
} as const;

export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    ...palette,
    // A colour without a contrastText of its own gets the one (black or white) that reaches 4.5:1.
    contrastThreshold: 4.5,
  },
  typography: { ...(defaultLightTheme.typography as object), fontFamily },
  components: {
    ...defaultLightTheme.components,
    // The edit toolbar's grey is a shade lighter (grey 100, not 300), so that 归档 and 永久删除 as
    // text buttons on it keep 4.5:1.
    RaToolbar: { styleOverrides: { root: { backgroundColor: grey[100] } } },
    // A compact row's right-hand note (a year, a date) in text.secondary instead of react-admin's faded text (3.6:1).
    RaSimpleList: {
      styleOverrides: {
        root: ({ theme }: { theme: Theme }) => ({ '& .RaSimpleList-tertiary': { opacity: 1, color: theme.palette.text.secondary } }),
      },
    },
    // A disabled field's help says why it is disabled or what it needs: it stays readable (text.secondary, 5.7:1).
    MuiFormHelperText: {
      styleOverrides: { root: ({ theme }: { theme: Theme }) => ({ '&.Mui-disabled': { color: theme.palette.text.secondary } }) },
    },
    // A checkbox's name goes on its input, which assistive technology reads, not on the box around it
    // (react-admin's row checkboxes give it as aria-label on the Checkbox).
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          root: { 'aria-label': undefined },
          input: (ownerState: { 'aria-label'?: string }) => (ownerState['aria-label'] ? { 'aria-label': ownerState['aria-label'] } : {}),
        },
      },
    },
    // An empty list says so in text.secondary (5.7:1); react-admin's text.disabled (2.7:1) is for controls that are off.
    RaEmpty: {
      styleOverrides: {
        root: ({ theme }: { theme: Theme }) => ({
          '& .RaEmpty-message': { color: theme.palette.text.secondary },
          '& .RaEmpty-icon': { color: theme.palette.text.disabled },
        }),
      },
    },
  },
};

/**
 * A chart legend's words in the text colour (recharts paints them in the series' colour, which
 * for the light grey and green series is under 3:1 on white); the swatch keeps the series' colour.
 */
export const legendText = (theme: Theme) => (value: ReactNode) => createElement('span', { style: { color: theme.palette.text.primary } }, value);
