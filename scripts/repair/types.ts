// Public shapes of the repair step; the importer and the CLI both consume these.

export interface RepairDecision {
  /** 1-based line in the repaired text (equal to the damaged file's line: newlines are never damaged). */
  line: number;
  /** 1-based column, counted in Unicode code points of the repaired text. */
  column: number;
  chosen: string;
  /** Every candidate, best first (the chosen one included); score = log-score of the best whole-text reading using it, minus the chosen one's. */
  alternatives: { text: string; score: number }[];
  /** Posterior-like share of the chosen candidate among its alternatives, 0..1. */
  confidence: number;
  source: 'model' | 'pinned';
}

export interface RepairReport {
  file: string;
  /** e.g. 'utf-8', 'utf-8-bom', 'gb18030', 'utf-8-as-windows-1254', 'utf-8-with-dropped-bytes' */
  encoding: string;
  damagedCharacters: number;
  decidedByModel: number;
  pinned: number;
  lowConfidence: RepairDecision[];
  decisions: RepairDecision[];
  /** Continuation bytes assumed dropped by the damage (hex), empty when nothing was dropped. */
  droppedBytes: string[];
  /** Pins whose note hash matched but whose context was not found (a stale corrections file). */
  unusedPins: string[];
}

export interface DecodedNote {
  text: string;
  report: RepairReport;
}
