/**
 * The renderer measured in Debian's Chromium against the browser host on the national dataset: the first screen
 * (address opened → login form usable), the caseload (menu click → first row) and going through 10,000 rows of the
 * whole service's caseload (100 pages of 100, each scrolled to its last row). Called by run.ts.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BrowserHostProcess } from '../e2e/browser-host-process';
import { rpc } from '../e2e/rpc-as-tool';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface Timing {
  median: number;
  p90: number;
  runs: number;
}

type Record = (name: string, budgetMs: number | null, timing: Timing) => void;

const CHROMIUM_ARGS = [
  '--lang=fr-FR',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { median: round(at(0.5)), p90: round(at(0.9)), runs: samples.length };
}

function since(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1366, height: 820 },
  });
  return context.newPage();
}

async function login(page: Page, url: string, username: string, passphrase: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Identifiant').fill(username);
  await page.getByLabel('Phrase de passe').fill(passphrase);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('button', { name: 'Verrouiller' }).waitFor();
}

/** The first link of the caseload's rows: a person's name leading to the measure. */
function firstRowLink(page: Page) {
  return page.locator(ROW_LINK).first();
}

/** The DOM the in-page function uses (serialised into the page: it can only name browser globals). */
interface BrowserGlobals {
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
}

const ROW_LINK = 'main a[href*="/dossiers/mesure/"]';

/**
 * Brings the page's 100th row on screen: a virtualised grid renders it only once its scroller reaches the bottom;
 * a plain table has it in the document already.
 */
async function scrollToLastRow(page: Page): Promise<void> {
  const scroller = page.locator('main .MuiDataGrid-virtualScroller');
  if ((await scroller.count()) > 0) {
    const lastRow = page.locator('main [data-rowindex="99"]');
    await scroller.hover();
    while (!(await lastRow.isVisible())) await page.mouse.wheel(0, 1000);
    return;
  }
  await page.locator(ROW_LINK).nth(99).scrollIntoViewIfNeeded();
}

export async function benchRenderer(dataDir: string, passphrase: string, record: Record): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'renderer', 'index.html'))) {
    execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const host = new BrowserHostProcess(dataDir);
  await host.start();
  const browser = await chromium.launch({
    executablePath: process.env.TIGDESK_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    await rpc(host, 'session.login', { username: 'admin', passphrase });
    const users = await rpc<Array<{ username: string; role: string }>>(host, 'users.list', {});
    await rpc(host, 'session.logout', {});
    const manager = users.find((user) => user.role === 'dpip')!;

    const firstScreen: number[] = [];
    for (let run = 0; run < 12; run++) {
      const page = await newPage(browser);
      const started = process.hrtime.bigint();
      await page.goto(host.url);
      await page.getByRole('button', { name: 'Se connecter' }).waitFor();
      if (run >= 2) firstScreen.push(since(started));
      await page.context().close();
    }
    record('renderer: first screen (address → login form)', 1500, summarise(firstScreen));

    const page = await newPage(browser);
    await login(page, host.url, manager.username, passphrase);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const firstRow: number[] = [];
    for (let run = 0; run < 8; run++) {
      await nav.getByText('Carte', { exact: true }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const started = process.hrtime.bigint();
      await nav.getByText('Dossiers', { exact: true }).click();
      await firstRowLink(page).waitFor();
      if (run >= 2) firstRow.push(since(started));
    }
    record('renderer: caseload of the whole service, first row', null, summarise(firstRow));

    // 100 rows a page, the most the list offers; then each page scrolled to its last row, page after page.
    await page.getByRole('combobox', { name: /par page/i }).click();
    await page.getByRole('option', { name: '100', exact: true }).click();
    const pageTurns: number[] = [];
    const scrolls: number[] = [];
    const started = process.hrtime.bigint();
    for (let turn = 0; turn < 100; turn++) {
      const scrollStarted = process.hrtime.bigint();
      await scrollToLastRow(page);
      scrolls.push(since(scrollStarted));
      if (turn === 99) break;
      const first = await firstRowLink(page).getAttribute('href');
      const turnStarted = process.hrtime.bigint();
      await page.getByRole('button', { name: /page suivante/i }).click();
      await page.waitForFunction(
        (previous) =>
          (globalThis as unknown as BrowserGlobals).document
            .querySelector('main a[href*="/dossiers/mesure/"]')
            ?.getAttribute('href') !== previous,
        first,
      );
      pageTurns.push(since(turnStarted));
    }
    const total = since(started);
    record('renderer: caseload, next page of 100 (click → new first row)', null, summarise(pageTurns));
    record('renderer: caseload, scroll a page to its 100th row', null, summarise(scrolls));
    record('renderer: caseload, through 10,000 rows (100 pages)', null, {
      median: Math.round(total),
      p90: Math.round(total),
      runs: 1,
    });
  } finally {
    await browser.close();
    await host.stop();
  }
}
