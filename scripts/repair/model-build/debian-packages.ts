// The Debian packages the repair model is derived from: where their files are, which version is installed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface DebianPackage {
  name: string;
  /** What the package gives the model, and its licence as its copyright file states it. */
  role: string;
  licence: string;
}

/** Everything `npm run repair:model` reads, with the licence each package's /usr/share/doc/<name>/copyright gives. */
export const SOURCE_PACKAGES = {
  sunpinyinData: {
    name: 'sunpinyin-data',
    role: 'word trigram back-off model lm_sc.t3g and its lexicon pydict_sc.bin (open-gram, Simplified Chinese)',
    licence: 'CC-BY-SA-3.0 (open-gram: (c) 1997-2010 MDBG; (c) 2010 Kov Chai, virus huo, Tinyfool; authors Kefu Chai, Yong Sun, Wei Xue, Mike Qin)',
  },
  sunpinyinUtils: { name: 'sunpinyin-utils', role: 'tslminfo, which prints lm_sc.t3g in ARPA layout (a build tool only)', licence: 'LGPL-2.1 or CDDL-1.0' },
  manpagesZh: { name: 'manpages-zh', role: 'Chinese (zh_CN) manual pages: technical prose for character counts', licence: 'GFDL-1.2+ (a few pages GPL-2.0/GPL-2.0+)' },
  debianReferenceZhCn: { name: 'debian-reference-zh-cn', role: 'Debian Reference, Simplified Chinese: technical prose for character counts', licence: 'GPL-2+' },
} as const satisfies Record<string, DebianPackage>;

export const INSTALL_HINT = `apt-get install -y ${Object.values(SOURCE_PACKAGES)
  .map((item) => item.name)
  .join(' ')}`;

export function installedVersion(name: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`Debian package ${name} is not installed; npm run repair:model needs: ${INSTALL_HINT}`);
  }
}

export function packageFiles(name: string): string[] {
  installedVersion(name);
  return execFileSync('dpkg', ['-L', name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n').filter((line) => line !== '');
}

/** The one file of a package whose path ends so, or an error naming the package. */
export function packageFile(name: string, suffix: string): string {
  const found = packageFiles(name).filter((path) => path.endsWith(suffix));
  if (found.length !== 1) throw new Error(`package ${name}: expected one file ending in ${suffix}, found ${found.length}`);
  return found[0] ?? '';
}

export function sha256OfFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
