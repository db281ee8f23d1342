// Symbol addresses and lookups across inputs: an input's own symbols, then its group's
// globals, then the kernel, the `object` link and the modules. Live-patch symbols
// (`.klp.sym.<obj>.<name>,<pos>`) resolve in the object they name, by position among the
// symbols of that name as kallsyms counts them.
import { isLinked, type ObjectSymbol } from '../../model/object';
import type { LinkInput } from './index';
import type { Layout } from './layout';

export interface Resolved {
  address: bigint;
  /** The input that defines it. */
  input: number;
  symbol: ObjectSymbol;
}

export interface Lookup {
  resolved?: Resolved;
  /** Why a live-patch symbol did not resolve (the plain name is reported otherwise). */
  error?: string;
}

const KLP = /^\.klp\.sym\.([^.]+)\.([^,]+),(\d+)$/;

export function parseKlpName(name: string): { object: string; name: string; position: number } | undefined {
  const m = KLP.exec(name);
  return m ? { object: m[1], name: m[2], position: Number(m[3]) } : undefined;
}

/** A module's name as the kernel knows it: no directory or `.ko`, dashes as underscores. */
export function moduleName(name: string): string {
  return name.replace(/^.*\//, '').replace(/\.ko$/, '').replace(/-/g, '_');
}

export class SymbolTable {
  /** Per input: defined symbols with their addresses, in symbol-table order. */
  readonly defined: Resolved[][];
  private readonly own: Map<string, Resolved>[];
  private readonly globals: Map<string, Resolved>[];
  /** Duplicate strong definitions in one group: [first, second]. */
  readonly duplicates: [Resolved, Resolved][] = [];

  constructor(private readonly inputs: LinkInput[], private readonly layout: Layout) {
    this.defined = inputs.map((input, i) => {
      const out: Resolved[] = [];
      for (const symbol of input.object.symbols) {
        const address = this.addressOf(i, symbol);
        if (address !== undefined) out.push({ address, input: i, symbol });
      }
      return out;
    });
    this.own = this.defined.map((list) => {
      const m = new Map<string, Resolved>();
      for (const r of list) if (!m.has(r.symbol.name)) m.set(r.symbol.name, r);
      return m;
    });
    this.globals = layout.groups.map((g) => {
      const m = new Map<string, Resolved>();
      for (const i of g.inputs) {
        for (const r of this.defined[i]) {
          const b = r.symbol.binding;
          if (b === 'local' || r.symbol.type === 'section' || r.symbol.type === 'file') continue;
          const old = m.get(r.symbol.name);
          if (!old || (old.symbol.binding === 'weak' && b !== 'weak')) m.set(r.symbol.name, r);
          else if (old.symbol.binding !== 'weak' && b !== 'weak' && old.input !== i && g.kind !== 'linked') this.duplicates.push([old, r]);
        }
      }
      return m;
    });
  }

  private addressOf(i: number, symbol: ObjectSymbol): bigint | undefined {
    const s = symbol.section;
    if (s.kind === 'absolute') return symbol.value;
    if (s.kind !== 'defined' || s.index === undefined) return undefined;
    const place = this.layout.places[i][s.index];
    if (!place) return undefined;
    return isLinked(this.inputs[i].object.kind) ? symbol.value : place.address + symbol.value;
  }

  /** Groups searched for a name used in group g, in order. */
  private searchOrder(g: number): number[] {
    const groups = this.layout.groups;
    const rank = (k: number) => (k === g ? 0 : groups[k].inputs.some((i) => this.inputs[i].role === 'kernel') ? 1 : groups[k].kind === 'object' ? 2 : 3);
    return groups.map((_, k) => k).sort((a, b) => rank(a) - rank(b) || a - b);
  }

  /** What `name` means to input i: its own definition, else a global one. */
  lookup(i: number, name: string): Resolved | undefined {
    const mine = this.own[i].get(name);
    if (mine) return mine;
    return this.global(name, this.layout.groupOf[i]);
  }

  global(name: string, fromGroup: number): Resolved | undefined {
    for (const g of this.searchOrder(fromGroup)) {
      const r = this.globals[g].get(name);
      if (r) return r;
    }
    return undefined;
  }

  /** A name as any input would see it, kernel first; an input's own symbols first when given. */
  find(name: string, input?: number): Resolved | undefined {
    if (input !== undefined) return this.lookup(input, name);
    const kernel = this.layout.groups.findIndex((g) => g.inputs.some((i) => this.inputs[i].role === 'kernel'));
    return this.global(name, kernel >= 0 ? kernel : 0) ?? this.defined.flatMap((d) => d).find((r) => r.symbol.name === name);
  }

  /** `.klp.sym.<obj>.<name>,<pos>`: `name` in vmlinux (the kernel inputs) or the module `obj`. */
  livepatch(klpName: string): Lookup {
    const klp = parseKlpName(klpName);
    if (!klp) return { error: `livepatch: invalid symbol name '${klpName}'` };
    const owners = this.inputs
      .map((input, i) => ({ input, i }))
      .filter(({ input }) => (klp.object === 'vmlinux' ? input.role === 'kernel' : input.role === 'module' && moduleName(input.name) === klp.object))
      .map(({ i }) => i);
    if (owners.length === 0) return { error: `livepatch: object '${klp.object}' for symbol '${klp.name}' is not loaded` };
    const seen = new Set<bigint>();
    const candidates: Resolved[] = [];
    for (const i of owners) {
      for (const r of this.defined[i]) {
        if (r.symbol.name !== klp.name || r.symbol.type === 'section' || r.symbol.type === 'file' || seen.has(r.address)) continue;
        seen.add(r.address);
        candidates.push(r);
      }
    }
    if (klp.position === 0) {
      if (candidates.length === 1) return { resolved: candidates[0] };
      if (candidates.length > 1) return { error: `livepatch: unresolvable ambiguity for symbol '${klp.name}' in object '${klp.object}'` };
    } else if (candidates.length >= klp.position) return { resolved: candidates[klp.position - 1] };
    return { error: `livepatch: symbol '${klp.name}' at position ${klp.position} not found in symbol table of '${klp.object}'` };
  }
}
