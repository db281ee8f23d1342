// What the emulator knows of the code it runs besides its bytes: functions with their entry
// points and TOC, the source line of every instruction, and the kernel's BUG records. The
// scenario linker builds it from assembled files, listings and ELF objects; the runtime checks,
// traces and the debugger read only this.

export interface SourceLine {
  file: string;
  /** 1-based. */
  line: number;
}

export interface ProgramFunction {
  name: string;
  /** Global entry. */
  address: bigint;
  /** One past the last byte (the symbol's size, else up to the next function). */
  end: bigint;
  /** Local entry offset in bytes (0: one entry point). */
  localEntry: number;
  /** The TOC base (r2) of the code it belongs to, when it has one. */
  toc?: bigint;
  /** Index of the input (kernel image, module, object) that defines it. */
  input: number;
}

export interface BugRecord {
  /** Address of the trap instruction. */
  address: bigint;
  file: string;
  line: number;
  /** BUGFLAG_WARNING: a WARN, which continues after the trap. */
  warning: boolean;
}

export interface Program {
  /** The inputs in scenario order: their names as messages show them and their roles. */
  inputs: { name: string; file: string; role: 'kernel' | 'module' | 'object' | 'executable' }[];
  functions: ProgramFunction[];
  /** The function whose [address, end) holds an address. */
  functionAt(address: bigint): ProgramFunction | undefined;
  /** A symbol's address by name (functions and data); an input's own symbols first when given. */
  symbol(name: string, input?: number): bigint | undefined;
  /** The source line an instruction came from, when the input has one. */
  sourceOf(address: bigint): SourceLine | undefined;
  /**
   * Every instruction address a source line produced, in address order: the lines that invoke
   * a macro and the macro body's lines (each expansion) alike; files by absolute path.
   */
  addressesOf(file: string, line: number): bigint[];
  /** `__bug_table` records by trap address. */
  bugs: Map<bigint, BugRecord>;
}
