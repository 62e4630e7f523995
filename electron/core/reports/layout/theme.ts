/**
 * The reports' look: calm, like the city's own publications. One accent
 * colour, neutral greys (text colours meet WCAG AA on white), generous margins,
 * a clear type scale on a 10 pt body.
 */
export const colors = {
  text: '#1d2329',
  muted: '#55616c',
  faint: '#8b959f',
  rule: '#d3d9df',
  hairline: '#e4e8ec',
  fill: '#f3f5f7',
  accent: '#0b5cad',
  accentTint: '#e9f1fa',
  accentSoft: '#b9d2ec',
  white: '#ffffff',
} as const;

/** Names the fonts are registered under in every document. */
export const fonts = {
  regular: 'Sans',
  italic: 'Sans-Italic',
  semibold: 'Sans-Semibold',
  light: 'Sans-Light',
} as const;

export const size = {
  title: 30,
  h1: 18,
  h2: 13.5,
  h3: 11,
  body: 10,
  small: 8.5,
  tiny: 7.5,
} as const;

/** Extra space between lines, in points, per font size used for running text. */
export const lineGap = {
  body: 3.4,
  small: 2.2,
} as const;

/** Vertical rhythm. */
export const space = {
  paragraph: 7,
  item: 9,
  beforeH1: 24,
  afterH1: 10,
  beforeH2: 18,
  afterH2: 7,
  beforeH3: 14,
  afterH3: 5,
  block: 16,
} as const;

export const pageSetup = {
  portrait: { margins: { top: 84, bottom: 80, left: 72, right: 72 } },
  landscape: { margins: { top: 72, bottom: 66, left: 56, right: 56 } },
  /** Baselines of the running header and footer, from the page's top and bottom edges. */
  headerY: 40,
  footerFromBottom: 44,
} as const;
