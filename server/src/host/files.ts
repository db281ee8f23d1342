// Files an analysis reads besides its document (headers, the prelude), kept between analyses:
// an edit of a kernel `.S` file would read some 80 headers and probe a thousand include-path
// candidates again. A file is read again only when its size, modification time or inode
// changed, and looked at again (stat) at most once a second: typing re-analyses several times
// a second, and a header saved meanwhile is seen by the next analysis a second later.
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readSourceFile } from '../parse/source';
import { LineIndex } from './lines';

/** How long a file's stat is trusted. */
const FRESH_MS = 1000;

interface Entry {
  checked: number;
  stamp: string;
  text: string | undefined;
  lines?: LineIndex;
}

export class FileCache {
  private readonly entries = new Map<string, Entry>();
  private readonly missing = new Map<string, number>();

  /** The file's text; undefined when it is absent or unreadable (binary, too large, a directory). */
  read(path: string): string | undefined {
    return this.entry(path)?.text;
  }

  /** The file's lines (empty when it cannot be read). */
  lines(path: string): LineIndex {
    const entry = this.entry(path);
    if (!entry) return new LineIndex('');
    return (entry.lines ??= new LineIndex(entry.text ?? ''));
  }

  private entry(path: string): Entry | undefined {
    const now = performance.now();
    const known = this.entries.get(path);
    if (known && now - known.checked < FRESH_MS) return known;
    const missingSince = this.missing.get(path);
    if (missingSince !== undefined && now - missingSince < FRESH_MS) return undefined;
    let stat;
    try {
      stat = statSync(path, { throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    if (!stat) {
      this.entries.delete(path);
      this.missing.set(path, now);
      return undefined;
    }
    this.missing.delete(path);
    const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
    if (known?.stamp === stamp) {
      known.checked = now;
      return known;
    }
    let text: string | undefined;
    try {
      text = stat.isFile() ? readSourceFile(path) : undefined;
    } catch {
      text = undefined;
    }
    const entry = { checked: now, stamp, text };
    this.entries.set(path, entry);
    return entry;
  }
}
