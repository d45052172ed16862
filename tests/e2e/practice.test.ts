import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProgressStore } from '../../src/lib/practice/progress.ts';
import { seriousViolations } from '../support/axe.ts';
import { openPage, siteUrl, useBrowser, type ConsoleLog } from '../support/browser.ts';

const STORAGE_KEY = 'kb-practice-progress';
const DAY = 86_400_000;
const MINUTE = 60_000;
/** The first Go question in catalogue order, and another one on the same page. */
const GMP = '/go/interview/#gmp-scheduler';
const CHANNEL = '/go/interview/#channel-internals';

/** How long to wait for the page to catch up (a busy machine is slow, never wrong). */
const PATIENCE = { timeout: 20_000 };

/** Every practice test runs in Beijing time (the readers' zone), so "today" is a fact of the test, not of the machine. */
const ZONE: BrowserContextOptions = { timezoneId: 'Asia/Shanghai' };
const beijing = (iso: string) => new Date(`${iso}+08:00`).getTime();

describe('practice mode in Chromium', () => {
  const browser = useBrowser();
  const logs: ConsoleLog[] = [];
  const open = async (options: BrowserContextOptions = {}) => {
    const opened = await openPage(browser(), { ...ZONE, ...options });
    logs.push(opened.log);
    return opened;
  };

  afterEach(() => {
    // Nothing a reader does on these pages may log an error or break the Content-Security-Policy.
    for (const log of logs.splice(0)) {
      expect(log.cspViolations).toEqual([]);
      expect(log.errors).toEqual([]);
    }
  });

  const stored = async (page: Page): Promise<ProgressStore | null> => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? 'null');
  const questionText = (page: Page) => page.locator('[data-stage="question"]').innerText();
  const progressText = (page: Page) => page.locator('[data-stage="progress"]').innerText();
  /** Waits until the session has taken `count` grades (the grade handler runs asynchronously to the key press). */
  const graded = (page: Page, count: number) => expect.poll(() => progressText(page), PATIENCE).toMatch(new RegExp(`^已评 ${count} 题`));

  /** The practice page with only the Go topic chosen (the choice is remembered across reloads). */
  async function chooseGo(page: Page, newPerDay?: number): Promise<void> {
    await page.goto(siteUrl('/practice/'), { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: '全不选' }).click();
    await page.getByRole('checkbox', { name: /^Go 语言/ }).check();
    if (newPerDay !== undefined) {
      await page.getByLabel('每日新题上限').fill(String(newPerDay));
      await page.getByLabel('每日新题上限').press('Tab');
      await expect.poll(async () => (await stored(page))?.settings.newPerDay, PATIENCE).toBe(newPerDay);
    }
  }

  /** Starts a session (its modules load on the click) and waits for the first card. */
  async function start(page: Page): Promise<void> {
    await page.getByRole('button', { name: '开始练习' }).click();
    await page.getByRole('button', { name: '显示答案' }).waitFor();
  }

  async function revealAndGrade(page: Page, key: '1' | '2' | '3' | '4'): Promise<void> {
    await page.getByRole('button', { name: '显示答案' }).waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: /自评/ }).waitFor();
    await page.keyboard.press(key);
  }

  it('schedules with FSRS on a controlled clock: 良好 day after day, the intervals grow; 重来 brings the question back the same day', async () => {
    const { context, page } = await open();
    let now = beijing('2026-03-02T10:00:00');
    await page.clock.setFixedTime(now);
    await chooseGo(page, 1);
    await start(page);
    expect(await questionText(page)).toBe('请详细解释Go语言的GMP调度模型');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#practice-grade-3-hint').innerText(), PATIENCE).toBe('10 分钟后');
    await page.keyboard.press('3');
    await graded(page, 1);
    // A learning step: with nothing else left today (new limit 1), it comes back in the same sitting.
    expect(await questionText(page)).toBe('请详细解释Go语言的GMP调度模型');
    now += 10 * MINUTE;
    await page.clock.setFixedTime(now);
    await revealAndGrade(page, '3');
    await page.getByRole('heading', { name: '这一轮练完了' }).waitFor();

    // Reloading keeps everything: the day's counts come from what the browser stored.
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('[data-count="due"]').innerText(), PATIENCE).toBe('0');
    expect(await page.locator('[data-count="new"]').innerText()).toBe('0');
    expect(await page.getByRole('checkbox', { name: /^Go 语言/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Kubernetes/ }).isChecked()).toBe(false);

    const intervals: number[] = [];
    let progress = (await stored(page))!.questions[GMP]!;
    intervals.push((progress.scheduler!.due - now) / DAY);
    await page.getByRole('checkbox', { name: /只练到期/ }).check();
    for (let day = 0; day < 4; day++) {
      now = progress.scheduler!.due;
      await page.clock.setFixedTime(now);
      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => page.locator('[data-count="due"]').innerText(), PATIENCE).toBe('1');
      await start(page);
      expect(await questionText(page)).toBe('请详细解释Go语言的GMP调度模型');
      await revealAndGrade(page, '3');
      await page.getByRole('heading', { name: '这一轮练完了' }).waitFor();
      progress = (await stored(page))!.questions[GMP]!;
      intervals.push((progress.scheduler!.due - now) / DAY);
    }
    for (let at = 1; at < intervals.length; at++) expect(intervals[at], `intervals ${intervals.join(', ')}`).toBeGreaterThan(intervals[at - 1]!);
    expect(intervals[0]).toBeGreaterThanOrEqual(1);

    // 重来 on a review: relearning, back within minutes, so in the same sitting and counted as due today.
    now = progress.scheduler!.due;
    await page.clock.setFixedTime(now);
    await page.reload({ waitUntil: 'networkidle' });
    await start(page);
    await revealAndGrade(page, '1');
    await graded(page, 1);
    expect(await questionText(page)).toBe('请详细解释Go语言的GMP调度模型');
    progress = (await stored(page))!.questions[GMP]!;
    expect(progress.scheduler!.lapses).toBe(1);
    expect(new Date(progress.scheduler!.due).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })).toBe(new Date(now).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' }));
    expect(await progressText(page)).toContain('待复习 1');
    expect(progress.reviews.map(([, grade]) => grade)).toEqual([3, 3, 3, 3, 3, 3, 1]);

    // The answer page and the question index show the same state.
    await page.goto(siteUrl('/go/interview/'), { waitUntil: 'networkidle' });
    const bar = page.locator(`.kb-practice-bar[data-practice-key="${GMP}"]`);
    await expect.poll(() => bar.getAttribute('data-status'), PATIENCE).toBe('learning');
    expect(await bar.locator('[data-practice-status]').innerText()).toMatch(/^学习中 · 今天 \d\d:\d\d复习$/);
    await page.goto(siteUrl('/questions/'), { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator(`.kb-practice-mark[data-practice-key="${GMP}"]`).innerText(), PATIENCE).toMatch(/^学习中/);
    await context.close();
  });

  it('加入练习 and 标记已掌握 on an answer page are kept, shown in the index, and steer the practice queue', async () => {
    const { context, page } = await open();
    await page.goto(siteUrl('/go/interview/'), { waitUntil: 'networkidle' });
    const bar = page.locator(`.kb-practice-bar[data-practice-key="${CHANNEL}"]`);
    await bar.getByRole('button', { name: '加入练习' }).click();
    await page.locator(`.kb-practice-bar[data-practice-key="${GMP}"]`).getByRole('button', { name: '标记已掌握' }).click();
    await page.reload({ waitUntil: 'networkidle' });
    expect(await bar.getByRole('button', { name: '加入练习' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(`.kb-practice-bar[data-practice-key="${GMP}"] [data-practice-status]`).innerText()).toBe('已掌握');
    await page.goto(siteUrl('/questions/'), { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator(`.kb-practice-mark[data-practice-key="${GMP}"]`).getAttribute('data-status'), PATIENCE).toBe('mastered');
    // The added question comes first among new ones; the mastered one is left out.
    await chooseGo(page);
    await start(page);
    expect(await questionText(page)).toBe('Channel是如何实现的？如何判断Channel已关闭？');
    await page.getByRole('button', { name: '结束' }).click();
    await page.getByRole('checkbox', { name: '只练已加入的题' }).check();
    await expect.poll(() => page.locator('[data-selected="total"]').innerText(), PATIENCE).toBe('1');
    await context.close();
  });

  it('keeps the history of a question whose id changed: progress under an id the lockfile aliases moves to the question, merged with progress under its id now', async () => {
    // anchors.lock.json: "/go/interview/": { "1-go的gmp调度模型": "gmp-scheduler" } (the heading's id before the catalogue named it).
    const OLD_GMP = '/go/interview/#1-go的gmp调度模型';
    const { context, page } = await open();
    await chooseGo(page);
    await start(page);
    await revealAndGrade(page, '3');
    await graded(page, 1);
    await page.getByRole('button', { name: '结束' }).click();
    const graded1 = (await stored(page))!;
    expect(Object.keys(graded1.questions)).toEqual([GMP]);
    // As a site version that knew the question by its old id would have stored it.
    const { [GMP]: history, ...others } = graded1.questions;
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify({ ...graded1, questions: { ...others, [OLD_GMP]: history } })] as const);
    // On the answer page, 加入练习 before the practice page has moved anything: progress under both ids.
    await page.goto(siteUrl('/go/interview/'), { waitUntil: 'networkidle' });
    await page.locator(`.kb-practice-bar[data-practice-key="${GMP}"]`).getByRole('button', { name: '加入练习' }).click();
    expect(Object.keys((await stored(page))!.questions).sort()).toEqual([GMP, OLD_GMP].sort());

    await page.goto(siteUrl('/practice/'), { waitUntil: 'networkidle' });
    await expect.poll(async () => Object.keys((await stored(page))!.questions), PATIENCE).toEqual([GMP]);
    const moved = (await stored(page))!.questions[GMP]!;
    expect(moved.reviews).toEqual(history!.reviews);
    expect(moved.scheduler).toEqual(history!.scheduler);
    expect(moved.added?.on).toBe(true);
    await page.goto(siteUrl('/go/interview/'), { waitUntil: 'networkidle' });
    const bar = page.locator(`.kb-practice-bar[data-practice-key="${GMP}"]`);
    await expect.poll(() => bar.getAttribute('data-status'), PATIENCE).toBe('learning');
    expect(await bar.getByRole('button', { name: '加入练习' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('export → clear → import restores the progress, and importing again changes nothing', async () => {
    const { context, page } = await open({ acceptDownloads: true });
    await chooseGo(page);
    await start(page);
    for (let question = 1; question <= 3; question++) {
      await revealAndGrade(page, '4');
      await graded(page, question);
    }
    await page.getByRole('button', { name: '结束' }).click();
    const before = await stored(page);
    expect(Object.keys(before!.questions)).toHaveLength(3);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出进度' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^后端面试知识库-练习进度-\d{4}-\d\d-\d\d\.json$/);
    const file = await download.path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(before);

    await page.getByRole('button', { name: '清除全部进度…' }).click();
    const dialog = page.getByRole('dialog', { name: '清除全部练习进度？' });
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await stored(page)).toEqual(before);
    await page.getByRole('button', { name: '清除全部进度…' }).click();
    await dialog.getByRole('button', { name: '清除' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已清除' }).count(), PATIENCE).toBe(1);
    expect(await stored(page)).toBeNull();
    expect(await page.locator('[data-count="mastered"]').innerText()).toBe('0');

    const chooseFile = async () => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入进度…' }).click()]);
      await chooser.setFiles(file);
    };
    await chooseFile();
    await expect.poll(() => page.locator('[data-backup="status"]').innerText(), PATIENCE).toBe('导入完成：新增 3 道题的进度。本机原有的记录一条未删。');
    expect(await stored(page)).toEqual(before);
    await chooseFile();
    await expect.poll(() => page.locator('[data-backup="status"]').innerText(), PATIENCE).toBe('导入完成：3 道题与本机记录相同。本机原有的记录一条未删。');
    expect(await stored(page)).toEqual(before);
    await context.close();
  });

  it('runs on the keyboard alone: Tab to 开始练习, Space shows the answer, digits and Enter grade, focus comes back', async () => {
    const { context, page } = await open();
    await page.goto(siteUrl('/practice/'), { waitUntil: 'networkidle' });
    const focused = () => page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.getAttribute('aria-label') ?? element?.innerText?.trim() ?? '';
    });
    const tabTo = async (name: string) => {
      for (let step = 0; step < 200; step++) {
        if ((await focused()) === name) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${name}`);
    };
    await tabTo('开始练习');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), PATIENCE).toBe('practice-question');
    const first = await questionText(page);
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), PATIENCE).toBe('答案');
    expect(await page.locator('[data-stage="answer"]').innerText()).not.toBe('');
    await page.keyboard.press('3');
    await graded(page, 1);
    expect(await questionText(page)).not.toBe(first);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('practice-question');
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: /自评/ }).waitFor();
    await tabTo('简单');
    await page.keyboard.press('Enter');
    await graded(page, 2);
    await tabTo('结束');
    await page.keyboard.press('Enter');
    await expect.poll(focused, PATIENCE).toBe('开始练习');
    expect(Object.keys((await stored(page))!.questions)).toHaveLength(2);
    await context.close();
  });

  it('模拟面试: questions without answers or grades, then a summary where each is graded or left', async () => {
    const { context, page } = await open();
    await chooseGo(page);
    await page.getByLabel('题数').selectOption('5');
    await page.getByRole('button', { name: '模拟面试' }).click();
    const asked = new Set<string>();
    for (let question = 1; question <= 5; question++) {
      await expect.poll(() => progressText(page), PATIENCE).toBe(`模拟面试 · 第 ${question} / 5 题`);
      expect(await page.getByRole('button', { name: '显示答案' }).isVisible()).toBe(false);
      expect(await page.getByRole('group', { name: /自评/ }).isVisible()).toBe(false);
      asked.add(await questionText(page));
      await page.getByRole('button', { name: question < 5 ? '下一题' : '结束并评分' }).click();
    }
    expect(asked.size).toBe(5);
    const items = page.locator('.kb-practice-summary-item');
    expect(await items.count()).toBe(5);
    await items.nth(0).getByText('查看答案').click();
    await expect.poll(() => items.nth(0).locator('.kb-practice-answer').innerText(), PATIENCE).toContain('在「');
    await items.nth(0).getByRole('radio', { name: '良好' }).check();
    await items.nth(1).getByRole('radio', { name: '重来' }).check();
    await page.getByRole('button', { name: '记录评分' }).click();
    await page.getByRole('heading', { name: '已记录 2 道题的评分' }).waitFor();
    const grades = Object.values((await stored(page))!.questions).map((progress) => progress.reviews.map(([, grade]) => grade));
    expect(grades.sort()).toEqual([[1], [3]]);
    await context.close();
  });

  it('随机一题: one question of the selection, graded, then another', async () => {
    const { context, page } = await open();
    await chooseGo(page);
    await page.getByRole('button', { name: '随机一题' }).click();
    await expect.poll(() => progressText(page), PATIENCE).toBe('随机一题');
    await revealAndGrade(page, '2');
    await page.getByRole('heading', { name: '已记为困难' }).waitFor();
    await page.getByRole('button', { name: '再来一题' }).click();
    await page.getByRole('button', { name: '显示答案' }).waitFor();
    await context.close();
  });

  it('shows an answer exactly as its page does: the diagram drawn, highlighted code, the page’s stylesheet, a link to the answer there', async () => {
    const { context, page } = await open();
    await page.goto(siteUrl('/practice/'), { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: '全不选' }).click();
    await page.getByRole('checkbox', { name: /^Go 语言/ }).check();
    await start(page);
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: /自评/ }).waitFor();
    // The first Go answer has a diagram: inline SVG, drawn with no script, its full-size view inside this answer.
    const diagram = page.locator('[data-stage="answer"] .kb-diagram').first();
    expect((await diagram.locator('svg.kb-diagram__svg').boundingBox())!.height).toBeGreaterThan(100);
    expect(await diagram.locator('figcaption').innerText()).toBe('GMP 调度流程与工作窃取');
    const zoom = diagram.locator('.kb-diagram__zoom');
    expect(await zoom.evaluate((button, answer) => answer!.contains(document.getElementById(button.getAttribute('popovertarget')!)), await page.$('[data-stage="answer"]'))).toBe(true);
    await page.keyboard.press('4');
    await graded(page, 1);
    // The second Go question's answer has Go code.
    await page.keyboard.press('Space');
    const answer = page.locator('[data-stage="answer"]');
    await answer.locator('.expressive-code pre[data-language="go"]').first().waitFor();
    const colour = await answer.locator('.expressive-code .ec-line span').first().evaluate((span) => getComputedStyle(span).color);
    expect(colour).not.toBe(await answer.evaluate((element) => getComputedStyle(element).color));
    const link = answer.getByRole('link', { name: /在「Go 语言基础」中查看这道题的答案/ });
    expect(await link.getAttribute('href')).toBe(new URL(siteUrl('/go/interview/')).pathname + '#channel-internals');
    await context.close();
  });

  it('first visit with progress stored: nothing of practice mode moves while the counts and marks fill in', async () => {
    const { context, page } = await open();
    // Layout shifts whose moving elements belong to practice mode (Starlight's own layout, like
    // its table of contents settling, is not this test's business).
    await context.addInitScript(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
          const ours = entry.sources.some(({ node }) => (node instanceof Element ? node : node?.parentElement)?.closest('[class*="kb-practice"]'));
          if (!entry.hadRecentInput && ours) (window as unknown as { __shift: number }).__shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await chooseGo(page);
    await start(page);
    await revealAndGrade(page, '3');
    await graded(page, 1);
    for (const path of ['/practice/', '/go/interview/', '/questions/']) {
      await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
      await page.waitForFunction(() => document.querySelector('[data-count="due"]')?.textContent !== '–' || document.querySelector('[data-practice-key][data-status]') !== null);
      expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift), path).toBe(0);
    }
    await context.close();
  });

  it('fits a 390 px phone: thumb-sized grade buttons at the bottom of the screen, nothing wider than the screen', async () => {
    const { context, page } = await open({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await chooseGo(page);
    await start(page);
    await page.getByRole('button', { name: '显示答案' }).click();
    const grades = page.getByRole('group', { name: /自评/ }).getByRole('button');
    await grades.first().waitFor();
    for (const box of await Promise.all((await grades.all()).map((button) => button.boundingBox()))) {
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no serious accessibility violation with an answer shown and in the 模拟面试 summary (${theme})`, async () => {
      const { context, page } = await open({ colorScheme: theme, bypassCSP: true });
      await context.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
      await chooseGo(page);
      await start(page);
      await page.keyboard.press('Space');
      await page.getByRole('group', { name: /自评/ }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: '结束' }).click();
      await page.getByLabel('题数').selectOption('5');
      await page.getByRole('button', { name: '模拟面试' }).click();
      for (let question = 1; question <= 5; question++) {
        await expect.poll(() => progressText(page), PATIENCE).toBe(`模拟面试 · 第 ${question} / 5 题`);
        await page.locator('[data-stage="next"]').click();
      }
      await page.locator('.kb-practice-summary-item details').first().locator('summary').click();
      await page.locator('.kb-practice-summary-item .kb-practice-answer').first().locator('p').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(siteUrl('/go/interview/'), { waitUntil: 'networkidle' });
      await page.locator('.kb-practice-bar[data-ready]').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
