import type { MermaidConfig } from 'mermaid';
import { PLACEHOLDERS } from './theme-colours.ts';

/**
 * The site's Chinese font stack (src/styles/custom.css). Labels are measured in this font when the
 * diagram is rendered, and the page shows them in it: the boxes fit their labels.
 */
export const DIAGRAM_FONT = "'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', system-ui, sans-serif";

/**
 * Everything that decides a diagram's layout (fonts, spacing, label mode) lives here and does not
 * depend on the theme: both themes draw the same box, so switching theme shifts nothing.
 */
export const LAYOUT_CONFIG: MermaidConfig = {
  startOnLoad: false,
  // Labels are sanitised and click handlers are ignored: diagram text is content, not code.
  securityLevel: 'strict',
  // A broken diagram is an error of `npm run diagrams:render` naming the file, never a bomb icon in an SVG.
  suppressErrorRendering: true,
  // Plain SVG text: HTML labels in <foreignObject> would inherit the page's CSS and clip.
  htmlLabels: false,
  // Dagre, the layout these diagrams were drawn and reviewed in (Mermaid 12 defaults to ELK).
  layout: 'dagre',
  // Some shapes (stadiums, rounded boxes) are drawn with rough.js, random unless seeded: the same
  // source must give the same SVG, or every render would change the committed files.
  handDrawnSeed: 1,
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

/**
 * Mermaid's `base` theme, the only one that takes colours, given the placeholder palette that the
 * renderer maps to Starlight's custom properties. Every colour Mermaid uses is named here, so it
 * derives none of its own (the renderer fails on any colour it cannot map).
 */
export function mermaidConfig(): MermaidConfig {
  const palette = PLACEHOLDERS;
  return {
    ...LAYOUT_CONFIG,
    theme: 'base',
    darkMode: false,
    themeVariables: {
      darkMode: false,
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
