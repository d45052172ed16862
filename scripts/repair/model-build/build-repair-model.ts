// `npm run repair:model`: derives the repair step's Chinese language data from Debian packages (installed with
// apt-get; see debian-packages.ts) and writes it to scripts/repair/data/, with its sources and licences:
// - word-trigram.bin.gz: sunpinyin's word trigram model, entropy-pruned (a general rule, see prune-back-off-model.ts);
// - technical-characters.json.gz: character counts of the Chinese man pages and the Debian Reference;
// - SOURCES.md: packages, versions, files and licences of both, with the attribution CC BY-SA asks for.
// `npm run repair:model -- --check` writes nothing and fails when the committed files differ from a fresh build.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { encodeTechnicalCharacters, TECHNICAL_CHARACTERS_PATH } from '../technical-characters-file.ts';
import { encodeWordTrigramFile } from '../word-trigram/model-file.ts';
import { WORD_TRIGRAM_PATH } from '../word-trigram/load-word-trigram-model.ts';
import { countTechnicalCharacters } from './count-technical-characters.ts';
import { installedVersion, packageFile, packageFiles, sha256OfFile, SOURCE_PACKAGES } from './debian-packages.ts';
import { pruneBackOffModel } from './prune-back-off-model.ts';
import { readSunpinyinLexicon } from './read-sunpinyin-lexicon.ts';
import { readTslminfoOutput } from './read-tslminfo-output.ts';
import { sourcesMarkdown, type SourceFile } from './sources-markdown.ts';
import { manPageText, wrappedText } from './technical-corpus.ts';
import { toWordTrigramArrays } from './to-word-trigram-arrays.ts';

/**
 * Relative-entropy threshold of the pruning (nats, weighted by history probability). Chosen for size: it keeps about
 * 700,000 of 2.5 million bigrams and 41,000 of 1 million trigrams (a 3.6 MB file), and the round trips of notes
 * 001-004 were no better with the whole model.
 */
const PRUNING_THRESHOLD = 1e-7;
const SOURCES_PATH = new URL('../data/SOURCES.md', import.meta.url);

function source(packageName: string, path: string): SourceFile {
  return { package: packageName, version: installedVersion(packageName), path, sha256: sha256OfFile(path) };
}

interface Output {
  path: URL;
  bytes: Buffer;
  sources: SourceFile[];
}

async function buildWordTrigram(): Promise<Output> {
  const { name } = SOURCE_PACKAGES.sunpinyinData;
  const lexiconPath = packageFile(name, '/pydict_sc.bin');
  const modelPath = packageFile(name, '/lm_sc.t3g');
  installedVersion(SOURCE_PACKAGES.sunpinyinUtils.name);
  const lexicon = readSunpinyinLexicon(readFileSync(lexiconPath), lexiconPath);
  const full = await readTslminfoOutput(modelPath, lexicon.length);
  const pruned = pruneBackOffModel(full, PRUNING_THRESHOLD, modelPath);
  const sources = [source(name, modelPath), source(name, lexiconPath)];
  const metadata = {
    generatedBy: 'npm run repair:model',
    licence: 'CC-BY-SA-3.0, derived from open-gram (sunpinyin-data); see SOURCES.md',
    sources,
    pruningThreshold: PRUNING_THRESHOLD,
    counts: { words: lexicon.length, bigrams: `${pruned.kept.bigrams} of ${full.bigramWord.length}`, trigrams: `${pruned.kept.trigrams} of ${full.trigramWord.length}` },
  };
  console.log(`word trigram: ${pruned.kept.bigrams} bigrams, ${pruned.kept.trigrams} trigrams`);
  return { path: WORD_TRIGRAM_PATH, bytes: encodeWordTrigramFile(toWordTrigramArrays(pruned.model, lexicon), metadata), sources };
}

function buildTechnicalCharacters(): Output {
  const manPages = packageFiles(SOURCE_PACKAGES.manpagesZh.name)
    .filter((path) => path.startsWith('/usr/share/man/zh_CN/') && path.endsWith('.gz'))
    .sort();
  const reference = packageFile(SOURCE_PACKAGES.debianReferenceZhCn.name, '/debian-reference.zh-cn.txt.gz');
  const paragraphs: string[] = [];
  const manHash = createHash('sha256');
  for (const path of manPages) {
    const bytes = readFileSync(path);
    manHash.update(bytes);
    paragraphs.push(...manPageText(gunzipSync(bytes).toString('utf8')).split('\n'));
  }
  paragraphs.push(...wrappedText(gunzipSync(readFileSync(reference)).toString('utf8')).split('\n'));
  const counts = countTechnicalCharacters(paragraphs);
  const manVersion = installedVersion(SOURCE_PACKAGES.manpagesZh.name);
  const sources: SourceFile[] = [
    { package: SOURCE_PACKAGES.manpagesZh.name, version: manVersion, path: `/usr/share/man/zh_CN/**/*.gz (${manPages.length} pages)`, sha256: manHash.digest('hex') },
    source(SOURCE_PACKAGES.debianReferenceZhCn.name, reference),
  ];
  const metadata = {
    generatedBy: 'npm run repair:model',
    licence: 'counts derived from GFDL-1.2+ and GPL-2+ documents; see SOURCES.md',
    sources,
    characters: counts.total,
  };
  console.log(`technical characters: ${counts.total} characters, ${counts.bigram.size} pairs`);
  return { path: TECHNICAL_CHARACTERS_PATH, bytes: encodeTechnicalCharacters(counts, metadata), sources };
}

const started = performance.now();
const check = process.argv.includes('--check');
const wordTrigram = await buildWordTrigram();
const technical = buildTechnicalCharacters();
const sources = sourcesMarkdown({ wordTrigram: wordTrigram.sources, technicalCharacters: technical.sources, pruningThreshold: PRUNING_THRESHOLD });
const outputs = [wordTrigram, technical, { path: SOURCES_PATH, bytes: Buffer.from(sources, 'utf8'), sources: [] }];
const stale = outputs.filter((output) => !existsSync(output.path) || !readFileSync(output.path).equals(output.bytes));
if (check) {
  for (const output of stale) console.error(`${fileURLToPath(output.path)}: differs from a fresh build; run npm run repair:model`);
  process.exitCode = stale.length > 0 ? 1 : 0;
} else {
  for (const output of outputs) writeFileSync(output.path, output.bytes);
  console.log(`wrote ${outputs.map((output) => fileURLToPath(output.path)).join(', ')}`);
}
const seconds = (performance.now() - started) / 1000;
console.log(`${check ? 'checked' : 'built'} in ${seconds.toFixed(1)} s (CPU ${(process.cpuUsage().user / 1e6).toFixed(1)} s), peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
