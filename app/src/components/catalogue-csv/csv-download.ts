import { beijingDateTime } from '@fairdesk/shared';

/** Hands a CSV text to the browser as a download named e.g. `展品-20240415.csv` (Beijing date). */
export function downloadCsv(text: string, baseName: string, now = Date.now()): void {
  const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${baseName}-${beijingDateTime(now).slice(0, 10).replace(/-/g, '')}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken its copy once click() returns; the next task may let the URL go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
