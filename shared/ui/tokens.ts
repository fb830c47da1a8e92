/**
 * Design tokens of the public pages. Colours are chosen for contrast (WCAG 2.1 AA: at
 * least 4.5:1 for text on its background, 3:1 for borders of controls); the font is
 * the reader's system font, so no web font costs a round trip.
 */
export const tokens = {
  color: {
    text: '#1b1b1b',
    muted: '#4a4a4a',
    background: '#ffffff',
    surface: '#f3f4f6',
    border: '#6b6b6b',
    rule: '#d4d4d4',
    brand: '#9b1111',
    brandText: '#ffffff',
    link: '#0b4ea2',
    linkVisited: '#5b2a86',
    focus: '#ffbf47',
    error: '#b00020',
    success: '#1d6b2e',
    warning: '#7a4b00',
    chart: ['#0b4ea2', '#1d6b2e', '#5b2a86', '#9b1111'],
  },
  font: {
    body: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
    mono: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
  },
  space: { xs: '0.25rem', s: '0.5rem', m: '1rem', l: '1.5rem', xl: '2.5rem' },
  radius: '0.375rem',
  measure: '46rem',
} as const;
