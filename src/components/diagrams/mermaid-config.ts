import type { MermaidConfig } from 'mermaid';

/**
 * The site's Chinese font stack (src/styles/custom.css). Labels are measured in this font, so the
 * sizes in diagrams/sizes.json and the browser's drawing agree.
 */
export const DIAGRAM_FONT = "'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', system-ui, sans-serif";

/** Starlight's colours for one theme, as hex (Mermaid's colour maths only reads hex). */
export interface DiagramPalette {
  dark: boolean;
  background: string;
  /** Body text. */
  text: string;
  /** Headings and the strongest text. */
  strongText: string;
  /** Arrows and lines. */
  line: string;
  accent: string;
  accentLow: string;
  /** A quiet surface: subgraphs, activation bars. */
  surface: string;
  hairline: string;
  noteBackground: string;
  noteText: string;
  noteBorder: string;
}

/**
 * The Starlight custom properties each palette entry is read from, so diagrams follow the site's
 * theme (and any future accent colour) instead of a copy of it.
 */
export const PALETTE_PROPERTIES: Record<Exclude<keyof DiagramPalette, 'dark'>, string> = {
  background: '--sl-color-bg',
  text: '--sl-color-text',
  strongText: '--sl-color-white',
  line: '--sl-color-gray-3',
  accent: '--sl-color-accent',
  accentLow: '--sl-color-accent-low',
  surface: '--sl-color-gray-6',
  hairline: '--sl-color-gray-5',
  noteBackground: '--sl-color-orange-low',
  noteText: '--sl-color-orange-high',
  noteBorder: '--sl-color-orange',
};

/**
 * Everything that decides a diagram's layout (fonts, spacing, label mode) lives here and does not
 * depend on the theme: both themes draw the same box, so switching theme shifts nothing.
 */
export const LAYOUT_CONFIG: MermaidConfig = {
  startOnLoad: false,
  // Labels are sanitised and click handlers are ignored: diagram text is content, not code.
  securityLevel: 'strict',
  // A broken diagram is reported in place by our own code, not as Mermaid's bomb icon.
  suppressErrorRendering: true,
  // Plain SVG text: HTML labels in <foreignObject> would inherit the page's CSS and clip.
  htmlLabels: false,
  // Dagre, not Mermaid 12's default ELK: ELK alone is a 1.5 MB chunk.
  layout: 'dagre',
  fontFamily: DIAGRAM_FONT,
  fontSize: 16,
  flowchart: { useMaxWidth: true, padding: 12, nodeSpacing: 36, rankSpacing: 40, wrappingWidth: 480, subGraphTitleMargin: { top: 4, bottom: 8 } },
  // The sequence renderer measures text with its own font settings, not `fontFamily`.
  sequence: {
    useMaxWidth: true,
    mirrorActors: false,
    width: 120,
    actorMargin: 32,
    messageMargin: 32,
    boxMargin: 8,
    noteMargin: 10,
    wrap: false,
    actorFontFamily: DIAGRAM_FONT,
    noteFontFamily: DIAGRAM_FONT,
    messageFontFamily: DIAGRAM_FONT,
  },
  state: { useMaxWidth: true },
  packet: { useMaxWidth: true },
};

/** Mermaid's `base` theme, the only one that takes colours, dressed in Starlight's palette. */
export function mermaidConfig(palette: DiagramPalette): MermaidConfig {
  return {
    ...LAYOUT_CONFIG,
    theme: 'base',
    darkMode: palette.dark,
    themeVariables: {
      darkMode: palette.dark,
      fontFamily: DIAGRAM_FONT,
      fontSize: '16px',
      // Flat shapes, like the rest of Starlight.
      useGradient: false,
      dropShadow: 'none',
      background: palette.background,
      primaryColor: palette.accentLow,
      primaryTextColor: palette.strongText,
      primaryBorderColor: palette.accent,
      secondaryColor: palette.surface,
      secondaryTextColor: palette.text,
      secondaryBorderColor: palette.hairline,
      tertiaryColor: palette.surface,
      tertiaryTextColor: palette.text,
      tertiaryBorderColor: palette.hairline,
      lineColor: palette.line,
      arrowheadColor: palette.line,
      textColor: palette.text,
      edgeLabelBackground: palette.background,
      clusterBkg: palette.surface,
      clusterBorder: palette.hairline,
      titleColor: palette.strongText,
      noteBkgColor: palette.noteBackground,
      noteTextColor: palette.noteText,
      noteBorderColor: palette.noteBorder,
      actorLineColor: palette.line,
      signalColor: palette.text,
      signalTextColor: palette.text,
      labelBoxBkgColor: palette.surface,
      labelBoxBorderColor: palette.hairline,
      labelTextColor: palette.strongText,
      loopTextColor: palette.text,
      activationBkgColor: palette.surface,
      activationBorderColor: palette.line,
      transitionColor: palette.line,
      transitionLabelColor: palette.text,
      stateLabelColor: palette.strongText,
      specialStateColor: palette.line,
      altBackground: palette.surface,
      compositeBackground: palette.background,
      compositeTitleBackground: palette.surface,
      errorBkgColor: palette.noteBackground,
      errorTextColor: palette.noteText,
      packet: {
        byteFontSize: '12px',
        startByteColor: palette.text,
        endByteColor: palette.text,
        labelColor: palette.strongText,
        labelFontSize: '15px',
        titleColor: palette.strongText,
        blockStrokeColor: palette.accent,
        blockFillColor: palette.accentLow,
      },
    },
  };
}

/** Colours for measuring sizes outside the site (scripts/measure-diagrams.ts): colours never change layout. */
export const MEASURING_PALETTE: DiagramPalette = {
  dark: false,
  background: '#ffffff',
  text: '#333333',
  strongText: '#111111',
  line: '#555555',
  accent: '#3355ff',
  accentLow: '#dde3ff',
  surface: '#eeeeee',
  hairline: '#cccccc',
  noteBackground: '#fff0c0',
  noteText: '#664400',
  noteBorder: '#ffbb33',
};
