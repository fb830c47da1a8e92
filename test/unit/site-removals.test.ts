/**
 * What an incremental publication deletes from the served copy (site/incremental-publish.ts,
 * filesToRemove): on this machine, from a live folder; on AWS, from the bucket, whose files
 * the build does not hold (`--remote`), so the list must not depend on them.
 */
import { describe, expect, it } from 'vitest';
import { filesToRemove, type LiveCopy } from '../../site/incremental-publish.ts';
import type { RouteManifest } from '../../site/src/lib/incremental.ts';

const liveCopy = (files: string[]): LiveCopy => ({
  holds: (file) => files.includes(file),
  list: () => files,
});

const manifests: Pick<RouteManifest, 'files' | 'removed'>[] = [
  // A result unpublished: its pages are gone; a listing page still kept by another entry.
  {
    files: { '/ket-qua/a/index.html': 'x', '/ket-qua/trang/2/index.html': 'y' },
    removed: ['/ket-qua/b/index.html'],
  },
  {
    files: {},
    removed: ['/en/results/b/index.html', '/ket-qua/trang/2/index.html', '/ket-qua/b/index.html'],
  },
];

describe('files to remove after a publication', () => {
  it('are the gone entries’ files no entry still has, each once, with the bucket as the live copy', () => {
    expect(filesToRemove({ manifests, drawn: ['/ket-qua/a/index.html'], full: false })).toEqual([
      '/ket-qua/b/index.html',
      '/en/results/b/index.html',
    ]);
  });

  it('are only those the live folder holds, when it is the served copy', () => {
    expect(
      filesToRemove({
        manifests,
        drawn: [],
        full: false,
        live: liveCopy(['/en/results/b/index.html', '/index.html']),
      }),
    ).toEqual(['/en/results/b/index.html']);
  });

  it('never list the whole live copy for an incremental publication: it asks for the gone files only', () => {
    const asked: string[] = [];
    const live: LiveCopy = {
      holds: (file) => {
        asked.push(file);
        return true;
      },
      list: () => {
        throw new Error('an incremental publication listed every live file');
      },
    };
    expect(filesToRemove({ manifests, drawn: [], full: false, live })).toEqual([
      '/ket-qua/b/index.html',
      '/en/results/b/index.html',
    ]);
    expect(asked).toEqual(['/ket-qua/b/index.html', '/en/results/b/index.html']);
  });

  it('are, for a full build, every live file nothing drew or keeps', () => {
    expect(
      filesToRemove({
        manifests,
        drawn: ['/index.html'],
        full: true,
        live: liveCopy(['/index.html', '/ket-qua/a/index.html', '/cu/index.html']),
      }),
    ).toEqual(['/cu/index.html']);
  });
});
