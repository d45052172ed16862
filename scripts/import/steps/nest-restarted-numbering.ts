import type { Heading, Root } from 'mdast';
import { clampDepth, plainText } from '../mdast-helpers.ts';
import type { StepContext } from '../types.ts';

const NUMBERED = /^\s*(\d+)\s*[.、．]\s*\S/u;

/**
 * Numbering that restarts is the author's nesting: `### 6. 常见的 CI/CD 场景` followed by
 * `### 1. 使用 Docker 构建镜像`, `### 2. …`, `### 3. …` and then `### 7. CI/CD 最佳实践`
 * are three points of item 6 written at its level. The restarted run (with what is under it)
 * moves one level down. Only a run that counts 1, 2, 3 … and is followed by N+1 at N's level
 * is read this way.
 */
export function nestRestartedNumbering(tree: Root, _context: StepContext): void {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  const numberOf = (heading: Heading): number | null => {
    const match = NUMBERED.exec(plainText(heading));
    return match ? Number(match[1]) : null;
  };
  for (let index = 0; index < headings.length; index++) {
    const parent = headings[index]!;
    const parentNumber = numberOf(parent);
    if (parentNumber === null || parentNumber < 2) continue;
    const run: Heading[] = [];
    let expected = 1;
    let end = index + 1;
    for (; end < headings.length; end++) {
      const heading = headings[end]!;
      if (heading.depth < parent.depth) break;
      if (heading.depth > parent.depth) continue;
      if (numberOf(heading) !== expected) break;
      run.push(heading);
      expected++;
    }
    const next = headings[end];
    if (run.length < 2 || !next || next.depth !== parent.depth || numberOf(next) !== parentNumber + 1) continue;
    for (let inner = index + 1; inner < end; inner++) headings[inner]!.depth = clampDepth(headings[inner]!.depth + 1);
    index = end - 1;
  }
}
