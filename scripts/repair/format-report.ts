// Human-readable report for stderr: what was found, what was decided, and what a reviewer should look at.
import { LOW_CONFIDENCE } from './repair-dropped-bytes.ts';
import type { RepairDecision, RepairReport } from './types.ts';

function describe(decision: RepairDecision, alternatives = 4): string {
  const others = decision.alternatives
    .filter((alternative) => alternative.text !== decision.chosen)
    .slice(0, alternatives)
    .map((alternative) => `${JSON.stringify(alternative.text)} ${alternative.score.toFixed(2)}`)
    .join(', ');
  return `  line ${decision.line} col ${decision.column}: chose ${JSON.stringify(decision.chosen)} (${decision.source}, confidence ${decision.confidence.toFixed(3)})${others ? `; alternatives ${others}` : ''}`;
}

export function formatReport(report: RepairReport, options: { allDecisions?: boolean } = {}): string {
  const lines = [`repair: ${report.file}`, `encoding: ${report.encoding}`];
  if (report.droppedBytes.length > 0) lines.push(`dropped bytes assumed: ${report.droppedBytes.join(' ')}`);
  lines.push(`damaged characters: ${report.damagedCharacters} (decided by model: ${report.decidedByModel}, pinned: ${report.pinned})`);
  if (report.damagedCharacters > 0) {
    lines.push(`low-confidence decisions (model, confidence < ${LOW_CONFIDENCE}): ${report.lowConfidence.length}`);
    for (const decision of report.lowConfidence) lines.push(describe(decision));
  }
  const pinned = report.decisions.filter((decision) => decision.source === 'pinned');
  if (pinned.length > 0) {
    lines.push(`pinned decisions: ${pinned.length}`);
    for (const decision of pinned) lines.push(describe(decision, 0));
  }
  if (report.unusedPins.length > 0) {
    lines.push(`warning: ${report.unusedPins.length} pins for this file matched no damaged character:`);
    for (const pin of report.unusedPins) lines.push(`  ${pin}`);
  }
  if (options.allDecisions && report.decisions.length > 0) {
    lines.push('all decisions:');
    for (const decision of report.decisions) lines.push(describe(decision));
  }
  return `${lines.join('\n')}\n`;
}
