// Reading a file for parsing: the checks that turn binary junk, huge files and
// I/O failures into one clear message instead of a crash.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import type { GrammarName } from './runtime';

/** Largest file parsed: beyond this the WebAssembly heap and a JS string cannot hold it safely. */
export const MAX_SOURCE_BYTES = 256 * 1024 * 1024;

export class SourceError extends Error {}

export function readSourceFile(path: string): string {
  return decodeText(readSourceBytes(path), path);
}

/** The bytes of a file under the same guards (ELF inputs are read this way). */
export function readSourceBytes(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new SourceError(`${path}: ${describeIoError(err)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new SourceError(`${path}: is a directory`);
    if (stat.size > MAX_SOURCE_BYTES) {
      throw new SourceError(`${path}: file too large (${stat.size} bytes; the limit is ${MAX_SOURCE_BYTES} bytes)`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_SOURCE_BYTES) throw new SourceError(`${path}: file too large (over ${MAX_SOURCE_BYTES} bytes)`);
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    // A file truncated or appended to while being read would be parsed half old, half new:
    // say so instead. Its size is compared, not the bytes read, because pseudo-files (sysfs,
    // /proc) state a size their contents do not fill.
    const after = fstatSync(fd).size;
    if (after !== stat.size) {
      throw new SourceError(`${path}: file changed while being read (${stat.size} bytes when opened, ${after} after reading)`);
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw new SourceError(`${path}: ${describeIoError(err)}`);
  } finally {
    closeSync(fd);
  }
}

/** Assembly and listings are text: a NUL byte or invalid UTF-8 means the user opened a binary. */
export function decodeText(bytes: Buffer, path: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new SourceError(`${path}: binary file (NUL byte at offset ${nul}), not assembly or a listing`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SourceError(`${path}: not valid UTF-8 text, not assembly or a listing`);
  }
}

function describeIoError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    default: return err instanceof Error ? err.message : String(err);
  }
}

const listingExtensions = new Set(['.objdump', '.dis', '.dump', '.lst', '.readelf', '.syms']);
const asmExtensions = new Set(['.s', '.S', '.asm', '.inc']);
const listingFirstLine = /^\s*\S.*:\s+file format elf(32|64)-powerpc/;
const listingLine = /^\s*[0-9a-f]+:\t([0-9a-f]{2} ){4}|^ +\d+: [0-9a-f]{16} |^SYMBOL TABLE:$|^Symbol table '/;

/**
 * Which grammar reads a file: by extension, then by content (an objdump header or
 * listing-shaped lines) for anything else, since listings are often saved as .txt.
 */
export function detectGrammar(path: string, text: string): GrammarName {
  const ext = extname(path);
  if (listingExtensions.has(ext)) return 'objdump';
  if (asmExtensions.has(ext)) return 'ppc64asm';
  const head = text.slice(0, 64 * 1024).split('\n', 200);
  const firstLine = head.find((l) => l.trim() !== '') ?? '';
  if (listingFirstLine.test(firstLine)) return 'objdump';
  const listingLike = head.filter((l) => listingLine.test(l)).length;
  return listingLike >= 3 ? 'objdump' : 'ppc64asm';
}
