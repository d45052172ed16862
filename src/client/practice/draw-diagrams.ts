/**
 * Mermaid diagrams inside an answer are drawn by the site's diagram loader, as on their page.
 * Until #14 pre-renders diagrams as inline SVG (then answers carry them already drawn and this
 * file goes), the loader is started again for the answer just shown.
 */
import { startDiagrams } from '../../components/diagrams/diagram-loader.ts';

export function drawDiagrams(): void {
  startDiagrams();
}
