import {
  type CSSVariablesResolver,
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Text for the pale colours, whose shade 9 falls short of 4.5:1 on their own shade 0: shade 9
 * darkened just enough (each is at least 4.7:1 on shade 0 and more on white).
 */
const DARKER_TEXT: Record<string, string> = {
  teal: '#087956',
  green: '#277c38',
  lime: '#4a760a',
  yellow: '#ac5900',
  orange: '#c3410d',
};

/**
 * Light, outline and subtle variants draw text in a mid shade, which is too pale on a tinted
 * background; without an explicit shade, use shade 9 text (on shade 0 for the light variant),
 * or a darker tone for the pale colours.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (input.variant !== 'light' && input.variant !== 'outline' && input.variant !== 'subtle') return resolved;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade !== undefined) return resolved;
  const text = DARKER_TEXT[parsed.color] ?? `var(--mantine-color-${parsed.color}-9)`;
  if (input.variant === 'light') {
    // Shade 0 behind shade 9 keeps every colour above 4.5:1.
    return { ...resolved, color: text, background: `var(--mantine-color-${parsed.color}-0)` };
  }
  return {
    ...resolved,
    color: text,
    ...(input.variant === 'outline' ? { border: `1px solid ${text}` } : {}),
  };
};

/**
 * Mantine's defaults with colours that pass WCAG 2.2 AA contrast on white: indigo 8 for actions
 * and links (5.7:1), red 9 for errors (5.5:1) and gray 7 for secondary text (8.2:1).
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  variantColorResolver,
  headings: {
    sizes: {
      // Long page titles stay on two lines at phone width.
      h1: { fontSize: 'clamp(1.75rem, 1.2rem + 2.5vw, 2.125rem)', lineHeight: '1.25' },
    },
  },
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
