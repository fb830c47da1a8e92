/**
 * Installs Chromium once, before any test file starts: two browser test files starting
 * together on a fresh machine would otherwise race for apt's lock, and an install takes
 * longer than a test hook may.
 */
import { ensureChromium } from './chromium.ts';

export default function setup(): void {
  ensureChromium();
}
