/**
 * LibreOffice (soffice) and poppler's pdftotext, to check how a generated .docx actually
 * lays out: converted to PDF and read back with its line breaks. Missing programs are
 * installed with apt-get (the test machines run as root), once, by
 * libreoffice-global-setup.ts. fonts-liberation gives Liberation Serif, metrically the
 * same as Times New Roman, so lines break where they would in Word.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE_PATH = '/usr/bin/soffice';
export const PDFTOTEXT_PATH = '/usr/bin/pdftotext';
const PACKAGES = ['libreoffice-writer-nogui', 'poppler-utils', 'fonts-liberation'];

/** Installs LibreOffice Writer, poppler-utils and the Liberation fonts unless they are there. */
export function ensureLibreOffice(): void {
  if (existsSync(SOFFICE_PATH) && existsSync(PDFTOTEXT_PATH)) return;
  try {
    execFileSync('apt-get', ['update'], { stdio: 'ignore' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    throw new Error(
      `The document layout tests need ${SOFFICE_PATH} and ${PDFTOTEXT_PATH}, and installing them failed. ` +
        `Install them with: apt-get update && apt-get install -y ${PACKAGES.join(' ')}`,
      { cause: error },
    );
  }
  for (const path of [SOFFICE_PATH, PDFTOTEXT_PATH])
    if (!existsSync(path))
      throw new Error(`apt-get installed ${PACKAGES.join(', ')}, but ${path} is missing`);
}

export interface PrintedWord {
  text: string;
  page: number;
  /** Points from the page's left and top edges. */
  xMin: number;
  xMax: number;
  yMin: number;
}

export interface RenderedPdf {
  pdf: Buffer;
  /** Every word with where it is printed (pdftotext -bbox), to measure the margins. */
  words: PrintedWord[];
  /** pdftotext -layout: each printed line on a line of its own, columns kept side by side. */
  text: string;
  /** Pages as pdfinfo reports them: "595.276 x 841.89 pts (A4)". */
  pageSize: string;
}

/** The words of `pdftotext -bbox`'s XHTML, page by page. */
function wordsOf(xhtml: string): PrintedWord[] {
  const words: PrintedWord[] = [];
  xhtml.split('<page ').forEach((page, index) => {
    for (const m of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
    ))
      words.push({ text: m[4]!, page: index, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]) });
  });
  return words;
}

/**
 * Converts a .docx to PDF with LibreOffice (several seconds: once per test file) and reads
 * it back. Each conversion has its own LibreOffice profile, so two test files can convert
 * at the same time.
 */
export async function renderDocx(docx: Buffer | Uint8Array): Promise<RenderedPdf> {
  ensureLibreOffice();
  const dir = await mkdtemp(join(tmpdir(), 'docx-pdf-'));
  try {
    const input = join(dir, 'document.docx');
    await writeFile(input, docx);
    execFileSync(
      SOFFICE_PATH,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const output = join(dir, 'document.pdf');
    const text = execFileSync(PDFTOTEXT_PATH, ['-layout', output, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [output], { encoding: 'utf8' });
    const pageSize = /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? '';
    const boxes = execFileSync(PDFTOTEXT_PATH, ['-bbox', output, '-'], { encoding: 'utf8' });
    return { pdf: await readFile(output), text, pageSize, words: wordsOf(boxes) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
