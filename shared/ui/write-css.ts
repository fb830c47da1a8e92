/** Writes shared/ui/styles.css from the stylesheet string (npm run ui:css). */
import { writeFileSync } from 'node:fs';
import { siteCss } from './styles.ts';

export const CSS_FILE = new URL('./styles.css', import.meta.url);

if (import.meta.main) {
  writeFileSync(
    CSS_FILE,
    `/* biome-ignore-all format: written by npm run ui:css */\n/* Written by \`npm run ui:css\` from shared/ui/styles.ts: edit that file, not this one. */\n${siteCss}`,
  );
  console.log(`Wrote ${CSS_FILE.pathname}`);
}
