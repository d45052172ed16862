// The file the word trigram model is stored in (gzip): a JSON header (what the model is and where it came from,
// and the layout), then the arrays. Log-probabilities and back-off weights are stored in thousandths of a nat,
// as 16-bit integers: half the size of 32-bit floats, and far finer than any decision the repair makes.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { WordTrigramArrays } from './word-trigram-model.ts';

const MAGIC = 'KBWT';
const VERSION = 1;
const SCALE = 1000;

type NumericKey = Exclude<keyof WordTrigramArrays, 'vocabulary'>;
type Encoding = 'uint32' | 'negated-log' | 'signed-log';

/** Every array, in file order, with how it is stored. */
const LAYOUT: readonly [NumericKey, Encoding][] = [
  ['unigramLogProb', 'negated-log'],
  ['unigramLogBackoff', 'signed-log'],
  ['bigramStart', 'uint32'],
  ['bigramWord', 'uint32'],
  ['bigramLogProb', 'negated-log'],
  ['contextBigram', 'uint32'],
  ['contextLogBackoff', 'signed-log'],
  ['trigramStart', 'uint32'],
  ['trigramWord', 'uint32'],
  ['trigramLogProb', 'negated-log'],
];

/** A unigram with no probability (an id the model does not use) is stored as this. */
const MISSING = 0xffff;

interface Header<Metadata> {
  version: number;
  metadata: Metadata;
  vocabularyBytes: number;
  lengths: Record<NumericKey, number>;
}

function encodeArray(values: ArrayLike<number>, encoding: Encoding): Buffer {
  if (encoding === 'uint32') return Buffer.from(Uint32Array.from(values).buffer);
  const out = encoding === 'negated-log' ? new Uint16Array(values.length) : new Int16Array(values.length);
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? 0;
    if (encoding === 'negated-log') out[index] = Number.isNaN(value) ? MISSING : Math.min(MISSING - 1, Math.round(-value * SCALE));
    else out[index] = Math.max(-32767, Math.min(32767, Math.round(value * SCALE)));
  }
  return Buffer.from(out.buffer);
}

function decodeArray(bytes: Buffer, offset: number, length: number, encoding: Encoding): { values: Uint32Array | Float32Array; end: number } {
  const width = encoding === 'uint32' ? 4 : 2;
  const end = offset + length * width;
  // Copy into an aligned buffer: typed arrays cannot start at an odd offset.
  const slice = new Uint8Array(bytes.subarray(offset, end)).buffer;
  if (encoding === 'uint32') return { values: new Uint32Array(slice), end };
  const raw = encoding === 'negated-log' ? new Uint16Array(slice) : new Int16Array(slice);
  const values = new Float32Array(length);
  for (let index = 0; index < length; index++) {
    const value = raw[index] ?? 0;
    values[index] = encoding === 'negated-log' ? (value === MISSING ? Number.NaN : -value / SCALE) : value / SCALE;
  }
  return { values, end };
}

export function encodeWordTrigramFile<Metadata>(arrays: WordTrigramArrays, metadata: Metadata): Buffer {
  const vocabulary = Buffer.from(arrays.vocabulary.join('\n'), 'utf8');
  const lengths = Object.fromEntries(LAYOUT.map(([key]) => [key, arrays[key].length])) as Record<NumericKey, number>;
  const header: Header<Metadata> = { version: VERSION, metadata, vocabularyBytes: vocabulary.length, lengths };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(8);
  prefix.write(MAGIC, 0, 'ascii');
  prefix.writeUInt32LE(headerBytes.length, 4);
  const body = [prefix, headerBytes, vocabulary, ...LAYOUT.map(([key, encoding]) => encodeArray(arrays[key], encoding))];
  // mtime 0 and a fixed level: the same model always gives the same bytes.
  return gzipSync(Buffer.concat(body), { level: 9 });
}

export function decodeWordTrigramFile<Metadata>(file: Uint8Array, source: string): { arrays: WordTrigramArrays; metadata: Metadata } {
  const bytes = gunzipSync(file);
  if (bytes.toString('ascii', 0, 4) !== MAGIC) throw new Error(`${source}: not a word trigram model file`);
  const headerLength = bytes.readUInt32LE(4);
  const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as Header<Metadata>;
  if (header.version !== VERSION) throw new Error(`${source}: model file version ${header.version}, expected ${VERSION} (run npm run repair:model)`);
  let offset = 8 + headerLength;
  const vocabulary = bytes.toString('utf8', offset, offset + header.vocabularyBytes).split('\n');
  offset += header.vocabularyBytes;
  const arrays: Partial<Record<NumericKey, Uint32Array | Float32Array>> = {};
  for (const [key, encoding] of LAYOUT) {
    const decoded = decodeArray(bytes, offset, header.lengths[key], encoding);
    arrays[key] = decoded.values;
    offset = decoded.end;
  }
  if (offset !== bytes.length) throw new Error(`${source}: ${bytes.length - offset} unexpected bytes after the model`);
  return { arrays: { vocabulary, ...arrays } as WordTrigramArrays, metadata: header.metadata };
}
