/**
 * Saves a file the API sent (a report): it came with the bearer token, so a plain link
 * cannot fetch it; the blob is handed to the browser's download instead.
 */
import type { Download } from '../api/client.ts';

export function saveDownload(file: Download): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
