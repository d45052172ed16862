// The committed language data (scripts/repair/data/) is exactly what `npm run repair:model` builds from the
// installed Debian packages. CI installs them (.ci/run); without them the check cannot run and says so.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SOURCE_PACKAGES } from '../../../scripts/repair/model-build/debian-packages.ts';

const packages = Object.values(SOURCE_PACKAGES).map((item) => item.name);
const installed = spawnSync('dpkg-query', ['-W', ...packages], { stdio: 'ignore' }).status === 0;
const BUILDER = new URL('../../../scripts/repair/model-build/build-repair-model.ts', import.meta.url).pathname;

describe.skipIf(!installed)(`repair model freshness (needs ${packages.join(' ')})`, () => {
  it('matches a fresh build byte for byte', () => {
    const result = spawnSync(process.execPath, [BUILDER, '--check'], { encoding: 'utf8', timeout: 15 * 60_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 16 * 60_000);
});
