// Reading every input file (sources, includes, listings, ELF objects, scenarios, raw code): the
// checks that turn binary junk, huge files, devices and I/O failures into one clear message
// instead of a crash or a hang. All of Tocsin reads its inputs through here.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { extname } from 'node:path';
import type { GrammarName } from './runtime';

/** Largest file read: beyond this the WebAssembly heap and a JS string cannot hold it safely. */
export const MAX_SOURCE_BYTES = 256 * 1024 * 1024;

export class SourceError extends Error {
  /** There is no such file, or a directory by that name (as opposed to a file that cannot be read). */
  absent = false;
}

export function readSourceFile(path: string): string {
  return decodeText(readSourceBytes(path), path);
}

/**
 * An included file's text, or undefined when there is no such file (a search through include
 * paths goes on); a SourceError when it is there but cannot be read. Decoded as the compiler
 * reads it: stray NUL bytes and invalid UTF-8 are the preprocessor's to report, not a refusal.
 */
export function readIncludedText(path: string): string | undefined {
  return readSourceBytesIfPresent(path)?.toString('utf8');
}

/** The bytes of a file, or undefined when there is no such file; SourceError when it cannot be read. */
export function readSourceBytesIfPresent(path: string, limit = MAX_SOURCE_BYTES): Buffer | undefined {
  try {
    return readSourceBytes(path, limit);
  } catch (err) {
    if (err instanceof SourceError && err.absent) return undefined;
    throw err;
  }
}

/** What a path that is not a regular file is, for the message that refuses it. */
function fileKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Opens a regular file for reading, refusing anything else before it is opened: opening a FIFO
 * with no writer blocks, and a device never ends. The open itself does not block either (a
 * FIFO put in the file's place after the check is refused by the second look).
 */
function openRegularFile(path: string): { fd: number; size: number } {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (err) {
    const error = new SourceError(`${path}: ${describeIoError(err)}`);
    const code = (err as NodeJS.ErrnoException)?.code;
    error.absent = code === 'ENOENT' || code === 'ENOTDIR';
    throw error;
  }
  if (stat.isDirectory()) {
    // An include search passes over a directory of that name.
    const error = new SourceError(`${path}: is a directory`);
    error.absent = true;
    throw error;
  }
  if (!stat.isFile()) throw new SourceError(`${path}: ${fileKind(stat)}, not a regular file: not read`);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (err) {
    throw new SourceError(`${path}: ${describeIoError(err)}`);
  }
  const opened = fstatSync(fd);
  if (!opened.isFile()) {
    closeSync(fd);
    throw new SourceError(`${path}: ${opened.isDirectory() ? 'is a directory' : `${fileKind(opened)}, not a regular file: not read`}`);
  }
  return { fd, size: opened.size };
}

/** The bytes of a file under the same guards (ELF inputs, raw machine code, includes). */
export function readSourceBytes(path: string, limit = MAX_SOURCE_BYTES): Buffer {
  const { fd, size } = openRegularFile(path);
  try {
    if (size > limit) {
      throw new SourceError(`${path}: file too large (${size} bytes; the limit is ${limit} bytes)`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit) throw new SourceError(`${path}: file too large (over ${limit} bytes)`);
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    // A file truncated or appended to while being read would be parsed half old, half new:
    // say so instead. Its size is compared, not the bytes read, because pseudo-files (sysfs,
    // /proc) state a size their contents do not fill.
    const after = fstatSync(fd).size;
    if (after !== size) {
      throw new SourceError(`${path}: file changed while being read (${size} bytes when opened, ${after} after reading)`);
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
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENAMETOOLONG': return 'file name too long';
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
