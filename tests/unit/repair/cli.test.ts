import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, FIXTURES, fixtureBytes, noteFile } from './fixtures.ts';

/**
 * Each run is a fresh Node process that loads the repair model: a few CPU seconds, but minutes of
 * wall time on a busy two-core machine. The limits only catch a hang; they never judge speed
 * (bench:repair does).
 */
const HANG_MS = 240_000;

function repair(...args: string[]) {
  return spawnSync(process.execPath, [CLI.pathname, ...args], { encoding: 'buffer', timeout: HANG_MS });
}

describe('repair CLI', { timeout: HANG_MS + 30_000 }, () => {
  it('writes clean UTF-8 back byte for byte', () => {
    const note = noteFile('002_');
    const result = repair(note.path);
    expect(result.status).toBe(0);
    expect(result.stdout.equals(note.bytes)).toBe(true);
    expect(result.stderr.toString()).toContain('encoding: utf-8');
  });

  it('repairs note 000 and reports what it decided', () => {
    const note = noteFile('000_');
    const result = repair(note.path);
    expect(result.status).toBe(0);
    expect(result.stdout.equals(fixtureBytes('note-000.reviewed.md'))).toBe(true);
    const report = result.stderr.toString();
    expect(report).toMatch(/encoding: utf-8-as-windows-1254/);
    expect(report).toMatch(/damaged characters: \d+ \(decided by model: \d+, pinned: \d+\)/);
    expect(report).toMatch(/low-confidence decisions/);
  });

  it.each(['binary.bin', 'truncated-utf8.txt'])('fails on %s with a message naming the file', (name) => {
    const path = new URL(name, FIXTURES).pathname;
    const result = repair(path);
    expect(result.status).not.toBe(0);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr.toString()).toContain(path);
  });

  it('fails on a missing file and on bad usage', () => {
    expect(repair('/nonexistent/note.txt').status).toBe(1);
    expect(repair().status).toBe(2);
  });
});
