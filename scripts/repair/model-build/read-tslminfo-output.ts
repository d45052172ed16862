// Reads a sunpinyin trigram model through `tslminfo -v` (sunpinyin-utils), which prints it in ARPA layout with
// word ids: sections "\N-gram\COUNT", then per line the ids, -ln P, -ln back-off (not for the highest order) and
// the threading pointers "(level,index)", which are ignored.
import { spawn } from 'node:child_process';
import type { BackOffModel } from './back-off-model.ts';

/** Parses the lines `tslminfo -v` prints; word ids must be below `vocabularySize` (the lexicon's word count). */
export function createTslminfoParser(vocabularySize: number, source: string): { line(text: string): void; finish(): BackOffModel } {
  const unigramLogProb = new Float64Array(vocabularySize).fill(Number.NaN);
  const unigramLogBackoff = new Float64Array(vocabularySize);
  let bigram = { history: new Uint32Array(0), word: new Uint32Array(0), logProb: new Float64Array(0), logBackoff: new Float64Array(0) };
  let trigram = { first: new Uint32Array(0), second: new Uint32Array(0), word: new Uint32Array(0), logProb: new Float64Array(0) };
  const announced = [0, 0, 0, 0];
  const filled = [0, 0, 0, 0];
  let order = -1;
  let lineNumber = 0;
  const fail = (reason: string): never => {
    throw new Error(`${source}: line ${lineNumber}: ${reason}`);
  };
  const id = (text: string | undefined): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0 || value >= vocabularySize) fail(`word id ${text} outside the lexicon (${vocabularySize} words)`);
    return value;
  };
  const negatedLog = (text: string | undefined): number => {
    const value = Number(text);
    if (!Number.isFinite(value)) fail(`not a number: ${text}`);
    return -value;
  };
  return {
    line(text) {
      lineNumber++;
      const trimmed = text.trim();
      const header = /^\\(\d)-gram\\(\d+)$/.exec(trimmed);
      if (header) {
        order = Number(header[1]);
        const count = Number(header[2]);
        if (order > 3) fail('only models up to trigrams are supported');
        announced[order] = count;
        if (order === 2) bigram = { history: new Uint32Array(count), word: new Uint32Array(count), logProb: new Float64Array(count), logBackoff: new Float64Array(count) };
        if (order === 3) trigram = { first: new Uint32Array(count), second: new Uint32Array(count), word: new Uint32Array(count), logProb: new Float64Array(count) };
        return;
      }
      if (order <= 0 || trimmed === '') return;
      const fields = trimmed.split(/\s+/);
      const index = filled[order] ?? 0;
      if (index >= (announced[order] ?? 0)) fail(`more ${order}-grams than the ${announced[order]} announced`);
      filled[order] = index + 1;
      if (order === 1) {
        const word = id(fields[0]);
        unigramLogProb[word] = negatedLog(fields[1]);
        unigramLogBackoff[word] = negatedLog(fields[2]);
      } else if (order === 2) {
        bigram.history[index] = id(fields[0]);
        bigram.word[index] = id(fields[1]);
        bigram.logProb[index] = negatedLog(fields[2]);
        bigram.logBackoff[index] = negatedLog(fields[3]);
      } else {
        trigram.first[index] = id(fields[0]);
        trigram.second[index] = id(fields[1]);
        trigram.word[index] = id(fields[2]);
        trigram.logProb[index] = negatedLog(fields[3]);
      }
    },
    finish() {
      for (const level of [1, 2, 3]) {
        if (filled[level] !== announced[level]) fail(`${level}-gram section announced ${announced[level]} entries, held ${filled[level]}`);
      }
      return {
        unigramLogProb,
        unigramLogBackoff,
        bigramHistory: bigram.history,
        bigramWord: bigram.word,
        bigramLogProb: bigram.logProb,
        bigramLogBackoff: bigram.logBackoff,
        trigramFirst: trigram.first,
        trigramSecond: trigram.second,
        trigramWord: trigram.word,
        trigramLogProb: trigram.logProb,
      };
    },
  };
}

/** Runs `tslminfo -v MODEL` and parses its output as it streams (the text is about 200 MB; it is never stored). */
export async function readTslminfoOutput(modelPath: string, vocabularySize: number): Promise<BackOffModel> {
  const parser = createTslminfoParser(vocabularySize, `tslminfo -v ${modelPath}`);
  const child = spawn('tslminfo', ['-v', modelPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let rest = '';
  for await (const chunk of child.stdout.setEncoding('latin1')) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      parser.line(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
  if (rest !== '') parser.line(rest);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`tslminfo -v ${modelPath} exited with ${code}: ${stderr.trim()}`);
  return parser.finish();
}
