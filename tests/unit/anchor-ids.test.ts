import { describe, expect, it } from 'vitest';
import { curatedAnchorIds, questionAnchorIds, sectionAnchorIds } from '../../scripts/import/anchor-ids.ts';

const READABLE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

describe('curated anchor ids', () => {
  it('are short, lower-case ASCII words joined by hyphens', () => {
    const bad = Object.entries(curatedAnchorIds).filter(([, id]) => !READABLE_ID.test(id) || id.length > 48);
    expect(bad).toEqual([]);
  });

  it('never end in -<number>, which the importer reserves for repeated headings', () => {
    expect(Object.values(curatedAnchorIds).filter((id) => /-\d+$/.test(id))).toEqual([]);
  });

  it('declare each heading once, either as a question or as a section', () => {
    expect(Object.keys(questionAnchorIds).filter((key) => key in sectionAnchorIds)).toEqual([]);
  });

  it('give every question its own id, so a shared link names one answer', () => {
    const ids = Object.values(questionAnchorIds);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});
