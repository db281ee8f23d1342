// Symbols in the order GNU as creates them (first mention), which is the order of the ELF
// symbol table: locals first, then globals, each in creation order.
import type { Expr } from './expression';
import type { Frag, Section } from './sections';
import type { Origin } from './diagnostics';

export type SymbolDefinition =
  | { kind: 'label'; frag: Frag; offset: number }
  | { kind: 'absolute'; value: bigint }
  /** `.set x, expr` whose value is only known later (another symbol, a difference across frags). */
  | { kind: 'equated'; expr: Expr }
  | { kind: 'common'; size: bigint; align: bigint };

export class AsmSymbol {
  definition?: SymbolDefinition;
  binding: 'local' | 'global' | 'weak' = 'local';
  /** `.local` was said: never made global by being undefined. */
  explicitLocal = false;
  type?: 'func' | 'object' | 'tls' | 'notype' | 'ifunc' | 'gnu_unique';
  visibility: 'default' | 'hidden' | 'protected' | 'internal' = 'default';
  /** st_other local-entry bits 5-7, already shifted into place. */
  localEntry = 0;
  size?: Expr;
  /** Named in an expression, a directive or a relocation (an unused `.weak` is not written). */
  referenced = false;
  usedInReloc = false;
  /** Defined by `.set`/`=`: may be set again. */
  redefinable = false;
  /** Section symbols carry their section. */
  sectionOf?: Section;
  origin?: Origin;

  constructor(readonly name: string, readonly ordinal: number, readonly internal = false) {}

  get isDefined(): boolean {
    return this.definition !== undefined && this.definition.kind !== 'common';
  }

  /** Not written to the symbol table: `.L` names and numeric local labels. */
  get isAssemblerLocal(): boolean {
    return this.internal || this.name.startsWith('.L');
  }
}

export class SymbolTable {
  private readonly byName = new Map<string, AsmSymbol>();
  readonly ordered: AsmSymbol[] = [];
  private internalCount = 0;

  find(name: string): AsmSymbol | undefined {
    return this.byName.get(name);
  }

  findOrCreate(name: string): AsmSymbol {
    let symbol = this.byName.get(name);
    if (!symbol) {
      symbol = new AsmSymbol(name, this.ordered.length);
      this.byName.set(name, symbol);
      this.ordered.push(symbol);
    }
    return symbol;
  }

  /** A symbol that is in no table: `.` in an expression, an instance of a numeric label. */
  createInternal(name: string): AsmSymbol {
    return new AsmSymbol(name, -1 - this.internalCount++, true);
  }

  /** Section symbols sit in the chain where the section was created. */
  createSectionSymbol(section: Section): AsmSymbol {
    const symbol = new AsmSymbol(section.name, this.ordered.length);
    symbol.sectionOf = section;
    this.ordered.push(symbol);
    return symbol;
  }
}

/** Numeric local labels: `N:` defines the next instance, `Nb` the last one, `Nf` the next one. */
export class LocalLabels {
  private readonly defined = new Map<string, number>();
  private readonly instances = new Map<string, AsmSymbol>();

  constructor(private readonly table: SymbolTable) {}

  private instance(label: string, n: number): AsmSymbol {
    const key = `${label}\u0002${n}`;
    let symbol = this.instances.get(key);
    if (!symbol) {
      symbol = this.table.createInternal(label);
      this.instances.set(key, symbol);
    }
    return symbol;
  }

  reference(label: string, direction: 'b' | 'f'): AsmSymbol | undefined {
    const count = this.defined.get(label) ?? 0;
    if (direction === 'b') return count === 0 ? undefined : this.instance(label, count);
    return this.instance(label, count + 1);
  }

  define(label: string): AsmSymbol {
    const count = (this.defined.get(label) ?? 0) + 1;
    this.defined.set(label, count);
    return this.instance(label, count);
  }

  /** Forward references to an instance that never came. */
  *undefinedReferences(): Generator<[string, AsmSymbol]> {
    for (const [key, symbol] of this.instances) if (!symbol.isDefined) yield [key.split('\u0002')[0], symbol];
  }
}
