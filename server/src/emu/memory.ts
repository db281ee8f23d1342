// Sparse paged memory: 4 KiB pages allocated on first touch inside named regions with r/w/x
// permissions. Addresses travel as (high, low) int32 halves so the hot path stays free of
// BigInt. A one-entry translation cache per access kind makes the common case one compare.
// Stores into a page that holds decoded instructions drop those decodings, so code that
// patches itself (the kernel's patch_instruction) runs what it wrote.

import { halves, toBig } from './u64.js';

export const PAGE_SIZE = 4096;
export const PERM_R = 1;
export const PERM_W = 2;
export const PERM_X = 4;

export type Access = 'read' | 'write' | 'execute';

export interface Region {
  name: string;
  start: bigint;
  /** One past the last byte. */
  end: bigint;
  perms: number;
}

/** A memory access the regions do not allow: a stop with address, access kind and reason. */
export class MemoryFault extends Error {
  constructor(readonly address: bigint, readonly access: Access, readonly reason: string) {
    super(`${access} at 0x${address.toString(16)}: ${reason}`);
  }
}

export function permString(perms: number): string {
  return (perms & PERM_R ? 'r' : '-') + (perms & PERM_W ? 'w' : '-') + (perms & PERM_X ? 'x' : '-');
}

/** Decoded-instruction cache of one page, owned by the CPU; memory only drops entries. */
export interface CodeCache {
  invalidate(offset: number, length: number): void;
}

export class Page {
  readonly bytes = new Uint8Array(PAGE_SIZE);
  readonly view = new DataView(this.bytes.buffer);
  code: CodeCache | null = null;
  constructor(public perms: number, public region: string) {}
}

/** Old bytes of every store while a journal is attached (for stepping backwards). */
export type Journal = (address: bigint, old: Uint8Array) => void;

/**
 * A store that touches a watched range while watches are armed: thrown before any byte of
 * the access changes, so the run stops on the instruction and the caller single-steps it.
 */
export class WatchHit extends Error {
  constructor(readonly address: bigint, readonly length: number) {
    super(`store to a watched range at 0x${address.toString(16)}`);
  }
}

/** Pages' contents as they were when an undo log was opened, by page key (first write wins). */
export type UndoLog = Map<number, Uint8Array>;

export interface WatchRange {
  start: bigint;
  /** One past the last byte. */
  end: bigint;
}

const PAGE_KEY_SCALE = 1048576; // pages per 4 GiB: high half times this plus low >>> 12

function pageKey(hi: number, lo: number): number {
  return (hi >>> 0) * PAGE_KEY_SCALE + (lo >>> 12);
}

export class Memory {
  readonly regions: Region[] = [];
  private readonly pages = new Map<number, Page>();
  journal: Journal | null = null;
  /** While set, the first store into each page since it was opened saves the page's bytes here. */
  private undo: UndoLog | null = null;
  private watches: WatchRange[] = [];
  /** Keys of the pages a watch range covers: never cached for writes, so every store is checked. */
  private watchedPages = new Set<number>();
  /** Whether a store into a watched range throws WatchHit (fast runs) or just happens (single steps). */
  watchArmed = false;
  /** Results of the 64-bit reads: low and high halves. */
  lo = 0;
  hi = 0;

  // One-entry translation caches, keyed by high half and page number of the low half.
  private rHi = 0; private rPn = -1; private rPage: Page | null = null;
  private wHi = 0; private wPn = -1; private wPage: Page | null = null;

  constructor(public littleEndian = true) {}

  map(name: string, start: bigint, size: bigint, perms: number): Region {
    if (size <= 0n) throw new Error(`region ${name} is empty`);
    const region = { name, start, end: start + size, perms };
    this.regions.push(region);
    // Pages already made take the union of the permissions of every region they overlap: those
    // in the region, found from whichever is fewer, the region's pages or the pages made.
    const first = start & ~BigInt(PAGE_SIZE - 1);
    if ((region.end - first) / BigInt(PAGE_SIZE) <= BigInt(this.pages.size)) {
      for (let a = first; a < region.end; a += BigInt(PAGE_SIZE)) {
        const [lo, hi] = halves(a);
        const page = this.pages.get(pageKey(hi, lo));
        if (page) [page.perms, page.region] = this.pagePerms(a);
      }
    } else {
      for (const [key, page] of this.pages) {
        const a = BigInt(Math.floor(key / PAGE_KEY_SCALE)) << 32n | BigInt(key % PAGE_KEY_SCALE) << 12n;
        if (a >= first && a < region.end) [page.perms, page.region] = this.pagePerms(a);
      }
    }
    this.flushTlb();
    return region;
  }

  regionAt(address: bigint): Region | undefined {
    const page = address & ~BigInt(PAGE_SIZE - 1);
    return this.regions.find((r) => r.start < page + BigInt(PAGE_SIZE) && r.end > page);
  }

  /** Permissions of a page: the union over the regions it overlaps (mmap works in pages too). */
  private pagePerms(pageStart: bigint): [number, string] {
    let perms = 0;
    let name = '';
    for (const r of this.regions) {
      if (r.start < pageStart + BigInt(PAGE_SIZE) && r.end > pageStart) {
        perms |= r.perms;
        name ||= r.name;
      }
    }
    return [perms, name];
  }

  private makePage(pageStart: bigint): Page {
    return new Page(...this.pagePerms(pageStart));
  }

  private flushTlb(): void {
    this.rPn = -1; this.rPage = null;
    this.wPn = -1; this.wPage = null;
  }

  /** The page holding an address, made on first touch; a fault when no region covers it. */
  page(hi: number, lo: number, access: Access): Page {
    const key = pageKey(hi, lo);
    let page = this.pages.get(key);
    if (!page) {
      const start = toBig(lo & ~(PAGE_SIZE - 1), hi);
      if (!this.regionAt(start)) throw new MemoryFault(toBig(lo, hi), access, 'unmapped address');
      page = this.makePage(start);
      this.pages.set(key, page);
    }
    const need = access === 'read' ? PERM_R : access === 'write' ? PERM_W : PERM_X;
    if ((page.perms & need) === 0) {
      throw new MemoryFault(toBig(lo, hi), access, `${page.region} is ${permString(page.perms)}`);
    }
    return page;
  }

  private readPage(hi: number, lo: number): Page {
    if (hi === this.rHi && (lo >>> 12) === this.rPn) return this.rPage!;
    const page = this.page(hi, lo, 'read');
    this.rHi = hi; this.rPn = lo >>> 12; this.rPage = page;
    return page;
  }

  private writePage(hi: number, lo: number, n: number): Page {
    if (hi === this.wHi && (lo >>> 12) === this.wPn) return this.wPage!;
    const page = this.page(hi, lo, 'write');
    const key = pageKey(hi, lo);
    if (this.undo !== null && !this.undo.has(key)) this.undo.set(key, page.bytes.slice());
    if (this.watchedPages.has(key)) {
      if (this.watchArmed) {
        const start = toBig(lo, hi);
        const end = start + BigInt(n);
        if (this.watches.some((w) => w.start < end && w.end > start)) throw new WatchHit(start, n);
      }
      return page;
    }
    this.wHi = hi; this.wPn = lo >>> 12; this.wPage = page;
    return page;
  }

  // ---- History and watches: what the session engine needs to step back and to stop on stores --

  /**
   * Starts a new undo log (the last one is the caller's to keep): pages are saved again on
   * their first store from now on.
   */
  openUndo(log: UndoLog | null): void {
    this.undo = log;
    this.flushTlb();
  }

  /** Puts saved pages back (dropping their decoded code). */
  applyUndo(log: UndoLog): void {
    for (const [key, bytes] of log) {
      const page = this.pages.get(key);
      if (!page) continue;
      page.bytes.set(bytes);
      if (page.code !== null) page.code.invalidate(0, PAGE_SIZE);
    }
  }

  setWatches(ranges: WatchRange[]): void {
    this.watches = ranges.filter((r) => r.end > r.start);
    this.watchedPages.clear();
    const size = BigInt(PAGE_SIZE);
    for (const r of this.watches) {
      for (let a = r.start & ~(size - 1n); a < r.end; a += size) {
        const [lo, hi] = halves(a);
        this.watchedPages.add(pageKey(hi, lo));
      }
    }
    this.flushTlb();
  }

  read8(hi: number, lo: number): number {
    return this.readPage(hi, lo).bytes[lo & 0xfff];
  }

  read16(hi: number, lo: number): number {
    const off = lo & 0xfff;
    if (off <= PAGE_SIZE - 2) return this.readPage(hi, lo).view.getUint16(off, this.littleEndian);
    return this.readSpanning(hi, lo, 2);
  }

  /** 32 bits as int32. */
  read32(hi: number, lo: number): number {
    const off = lo & 0xfff;
    if (off <= PAGE_SIZE - 4) return this.readPage(hi, lo).view.getInt32(off, this.littleEndian);
    return this.readSpanning(hi, lo, 4);
  }

  /** 64 bits into this.lo / this.hi. */
  read64(hi: number, lo: number): void {
    const off = lo & 0xfff;
    if (off <= PAGE_SIZE - 8) {
      const v = this.readPage(hi, lo).view;
      const a = v.getInt32(off, this.littleEndian), b = v.getInt32(off + 4, this.littleEndian);
      if (this.littleEndian) { this.lo = a; this.hi = b; } else { this.lo = b; this.hi = a; }
      return;
    }
    const first = this.readSpanning(hi, lo, 4);
    const next = (lo + 4) | 0;
    const second = this.readSpanning(next === 0 ? (hi + 1) | 0 : hi, next, 4);
    if (this.littleEndian) { this.lo = first; this.hi = second; } else { this.lo = second; this.hi = first; }
  }

  write8(hi: number, lo: number, v: number): void {
    const page = this.writePage(hi, lo, 1);
    const off = lo & 0xfff;
    if (this.journal !== null) this.record(hi, lo, 1);
    page.bytes[off] = v;
    if (page.code !== null) page.code.invalidate(off, 1);
  }

  write16(hi: number, lo: number, v: number): void {
    const off = lo & 0xfff;
    if (off > PAGE_SIZE - 2) return this.writeSpanning(hi, lo, 2, v, 0);
    const page = this.writePage(hi, lo, 2);
    if (this.journal !== null) this.record(hi, lo, 2);
    page.view.setUint16(off, v & 0xffff, this.littleEndian);
    if (page.code !== null) page.code.invalidate(off, 2);
  }

  write32(hi: number, lo: number, v: number): void {
    const off = lo & 0xfff;
    if (off > PAGE_SIZE - 4) return this.writeSpanning(hi, lo, 4, v, 0);
    const page = this.writePage(hi, lo, 4);
    if (this.journal !== null) this.record(hi, lo, 4);
    page.view.setInt32(off, v, this.littleEndian);
    if (page.code !== null) page.code.invalidate(off, 4);
  }

  write64(hi: number, lo: number, vlo: number, vhi: number): void {
    const off = lo & 0xfff;
    if (off > PAGE_SIZE - 8) return this.writeSpanning(hi, lo, 8, vlo, vhi);
    const page = this.writePage(hi, lo, 8);
    if (this.journal !== null) this.record(hi, lo, 8);
    const v = page.view;
    if (this.littleEndian) { v.setInt32(off, vlo, true); v.setInt32(off + 4, vhi, true); } else { v.setInt32(off, vhi, false); v.setInt32(off + 4, vlo, false); }
    if (page.code !== null) page.code.invalidate(off, 8);
  }

  /** Reads `n` (2 or 4) bytes across a page boundary, in the memory's byte order. */
  private readSpanning(hi: number, lo: number, n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) {
      const [bl, bh] = this.offset(hi, lo, i);
      const b = this.read8(bh, bl);
      v = this.littleEndian ? v | (b << (8 * i)) : (v << 8) | b;
    }
    return n === 2 ? v & 0xffff : v | 0;
  }

  /** A store across a page boundary: every byte's page is checked before any byte changes. */
  private writeSpanning(hi: number, lo: number, n: number, vlo: number, vhi: number): void {
    const bytes: number[] = [];
    for (let i = 0; i < n; i++) {
      const bit = 8 * (this.littleEndian ? i : n - 1 - i);
      bytes.push(bit < 32 ? (vlo >>> bit) & 0xff : (vhi >>> (bit - 32)) & 0xff);
    }
    const addrs = bytes.map((_, i) => this.offset(hi, lo, i));
    for (const [bl, bh] of addrs) this.writePage(bh, bl, 1);
    addrs.forEach(([bl, bh], i) => this.write8(bh, bl, bytes[i]));
  }

  private offset(hi: number, lo: number, i: number): [number, number] {
    const sum = (lo >>> 0) + i;
    return [sum | 0, sum >= 4294967296 ? (hi + 1) | 0 : hi];
  }

  private record(hi: number, lo: number, n: number): void {
    const old = new Uint8Array(n);
    const page = this.pages.get(pageKey(hi, lo))!;
    old.set(page.bytes.subarray(lo & 0xfff, (lo & 0xfff) + n));
    this.journal!(toBig(lo, hi), old);
  }

  // ---- Edges: loading images, inspecting and restoring, ignoring permissions -----------------

  /** Copies bytes in without permission checks (loaders, step-back), dropping stale decodings. */
  poke(address: bigint, data: Uint8Array): void {
    for (let i = 0; i < data.length;) {
      const a = address + BigInt(i);
      const [lo, hi] = halves(a);
      let page = this.pages.get(pageKey(hi, lo));
      if (!page) {
        if (!this.regionAt(a)) throw new MemoryFault(a, 'write', 'unmapped address');
        page = this.makePage(a & ~BigInt(PAGE_SIZE - 1));
        this.pages.set(pageKey(hi, lo), page);
      }
      const off = lo & 0xfff;
      const n = Math.min(PAGE_SIZE - off, data.length - i);
      const key = pageKey(hi, lo);
      if (this.undo !== null && !this.undo.has(key)) this.undo.set(key, page.bytes.slice());
      page.bytes.set(data.subarray(i, i + n), off);
      if (page.code !== null) page.code.invalidate(off, n);
      i += n;
    }
  }

  /** Reads bytes without permission checks; unmapped bytes read as undefined. */
  peek(address: bigint, length: number): Uint8Array | undefined {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      const a = address + BigInt(i);
      const [lo, hi] = halves(a);
      const page = this.pages.get(pageKey(hi, lo));
      if (page) out[i] = page.bytes[lo & 0xfff];
      else if (!this.regionAt(a)) return undefined;
    }
    return out;
  }

  /** The page for instruction fetch (permission x), for the CPU's decode cache. */
  fetchPage(hi: number, lo: number): Page {
    return this.page(hi, lo, 'execute');
  }
}
