import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { LocatedError, throwAll } from '../located-error.ts';

/** Where a value of a data file was written: the file (relative to the project root) and its 1-based line. */
export interface DataLocation {
  file: string;
  line: number;
}

/** A problem in a data file of the content model, pointing at the file and line that cause it. */
export class DataFileError extends LocatedError {
  constructor(file: string, line: number | undefined, message: string) {
    super(file, line, message);
    this.name = 'DataFileError';
  }
}

const locations = new WeakMap<object, DataLocation>();

/** Where an object or array read by `readYamlData` was written, for error messages. */
export function dataLocation(value: object): DataLocation | undefined {
  return locations.get(value);
}

/** An object rebuilt from read data (`{ id, ...data }`) keeps the data's location. */
export function withLocationOf<T extends object>(source: object, target: T): T {
  const location = locations.get(source);
  if (location) locations.set(target, location);
  return target;
}

/**
 * The `.yaml` files of a data folder (relative to `root`), in name order, each with its name
 * without the extension; any other file there is reported, since it would be ignored silently.
 */
export function yamlFilesIn(dir: string, root: string, errors: LocatedError[]): { path: string; file: string; name: string }[] {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute).sort().flatMap((entry) => {
    const file = `${dir}/${entry}`;
    if (!entry.endsWith('.yaml')) {
      errors.push(new DataFileError(file, undefined, `only <name>.yaml files are read in ${dir}/; rename this file or move it out`));
      return [];
    }
    return [{ path: join(absolute, entry), file, name: entry.slice(0, -'.yaml'.length) }];
  });
}

export interface YamlData<T> {
  file: string;
  data: T;
  /** Line of the value at `path` (`['pages', 0, 'slug']`), or of its nearest written parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Reads one YAML data file and checks it against its schema. YAML errors (duplicate keys
 * included) and schema errors name the file and the line of the offending value; every
 * object and array of the result remembers its line (`dataLocation`).
 */
export function readYamlData<Schema extends z.ZodType>(path: string, schema: Schema, root = process.cwd()): YamlData<z.output<Schema>> {
  const file = relative(root, path) || path;
  const text = readFileSync(path, 'utf8');
  return parseYamlData(file, text, schema);
}

/** `readYamlData` for text already in memory (tests, fixtures). */
export function parseYamlData<Schema extends z.ZodType>(file: string, text: string, schema: Schema): YamlData<z.output<Schema>> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    throwAll(document.errors.map((error) => new DataFileError(file, lineCounter.linePos(error.pos[0]).line, error.message.split('\n')[0]!)));
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => lineOfPath(document, lineCounter, path);
  const parsed = schema.safeParse(document.toJS());
  if (!parsed.success) {
    throwAll(parsed.error.issues.map((issue) => new DataFileError(file, lineOf(issue.path), `${describePath(issue.path)}${issue.message}`)));
  }
  const data = (parsed as { data: z.output<Schema> }).data;
  rememberLocations(data, [], file, lineOf);
  return { file, data, lineOf };
}

function lineOfPath(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node: unknown = length === 0 ? document.contents : document.getIn(path.slice(0, length) as unknown[], true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  return `${path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('')}: `;
}

/** Schema parsing copies values, so locations are recorded on the parsed result, path by path. */
function rememberLocations(value: unknown, path: PropertyKey[], file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined): void {
  if (typeof value !== 'object' || value === null) return;
  const line = lineOf(path);
  if (line !== undefined) locations.set(value, { file, line });
  const entries: [PropertyKey, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, child] of entries) rememberLocations(child, [...path, key], file, lineOf);
}
