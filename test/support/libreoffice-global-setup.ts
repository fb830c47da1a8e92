/**
 * Installs LibreOffice Writer and poppler-utils once, before any test file starts (as
 * chromium-global-setup.ts does for Chromium): two layout tests starting together on a
 * fresh machine would otherwise race for apt's lock, and an install takes longer than a
 * test hook may.
 */
import { ensureLibreOffice } from './libreoffice.ts';

export default function setup(): void {
  ensureLibreOffice();
}
