/**
 * Real Chromium for browser tests (playwright-core drives the system's Chromium), and
 * axe-core's WCAG 2.1 A/AA rules run inside a page. When /usr/bin/chromium is missing the
 * first launch installs it with apt-get (the test machines run as root).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Installs Chromium with apt-get unless it is there already. */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  try {
    execFileSync('apt-get', ['update'], { stdio: 'ignore' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH}, and installing it failed. ` +
        'Install it with: apt-get update && apt-get install -y chromium',
      { cause: error },
    );
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get installed chromium, but not at ${CHROMIUM_PATH}`);
}

export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe's WCAG 2.1 A and AA rules on the page as it is now: [] when it is clean. Every rule runs
 * on every node; `resultTypes: ['violations']` only spares axe describing each node that passed
 * (or that it could not decide), which nothing here reads: a run took 40% less time.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate('"axe" in window'))) await page.addScriptTag({ content: axeSource });
  // Evaluated in the page as a string: this file is typed for Node, not for the DOM.
  return (await page.evaluate(`(async () => {
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_21_AA_TAGS)} },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  })()`)) as AxeViolation[];
}
