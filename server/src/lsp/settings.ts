// The user's `tocsin.*` settings as the server sees them: given at initialize and updated
// through workspace/didChangeConfiguration (the client synchronises the `tocsin` section).
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import { CHECK_TARGETS, type AnalysisSettings, type CheckTarget } from '../host/analyze';
import { DEFAULT_INLAY_HINTS, type InlayHintOptions } from '../features/inlayHints';
import { READOUT_MODES, type ReadoutMode } from '../features/runReadouts';

/** Include paths are absolute (empty: the bundled prelude); target undefined checks each file on its own. */
export type AssemblySettings = AnalysisSettings;

interface RawSettings {
  includePaths?: unknown;
  forcedIncludes?: unknown;
  defines?: unknown;
  target?: unknown;
  buildDirectory?: unknown;
  inlayHints?: unknown;
  /** VS Code's workspace trust; other clients do not send it. */
  trusted?: unknown;
  runReadouts?: unknown;
  /** Commands the client itself runs (not settings: the extension says them at initialize). */
  clientCommands?: unknown;
}

/** The client's word that the user trusted the workspace. */
export const TRUST_NOTIFICATION = 'tocsin/trusted';

export class SettingsStore {
  private root: string | undefined;
  /** The workspace folders' paths. */
  roots: string[] = [];
  private listeners: (() => void)[] = [];
  private hintListeners: (() => void)[] = [];
  current: AssemblySettings = { includePaths: [], defines: {} };
  /** Which inlay hints to show: a setting of the editor alone, no analysis depends on it. */
  inlayHints: InlayHintOptions = DEFAULT_INLAY_HINTS;
  /** The workspace is trusted (VS Code sends only the user's own values of restricted settings otherwise). */
  trusted = true;
  /** How a scenario run's line readouts show: `tocsin.runReadouts`. */
  runReadouts: ReadoutMode = 'inlayHints';
  clientCommands: string[] = [];

  constructor(connection: Connection) {
    connection.onDidChangeConfiguration(({ settings }) => {
      const raw = (settings as { tocsin?: RawSettings } | undefined)?.tocsin;
      const hints = readInlayHints(raw);
      const readouts = readoutMode(raw);
      if (JSON.stringify(hints) !== JSON.stringify(this.inlayHints) || readouts !== this.runReadouts) {
        this.inlayHints = hints;
        this.runReadouts = readouts;
        for (const l of this.hintListeners) l();
      }
      // A change of the inlay hints or run readouts alone analyses nothing again.
      const next = this.read(raw);
      if (JSON.stringify(next) === JSON.stringify(this.current)) return;
      this.current = next;
      for (const l of this.listeners) l();
    });
  }

  /** Reads the settings the client sends with initialize; relative include paths resolve against the workspace. */
  initialize(params: InitializeParams): void {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    this.root = folder?.startsWith('file:') ? fileURLToPath(folder) : undefined;
    this.roots = (params.workspaceFolders ?? []).map((f) => f.uri).concat(params.workspaceFolders?.length ? [] : params.rootUri ? [params.rootUri] : [])
      .filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    const options = params.initializationOptions as RawSettings | undefined;
    this.inlayHints = readInlayHints(options);
    this.runReadouts = readoutMode(options);
    this.clientCommands = Array.isArray(options?.clientCommands) ? options.clientCommands.filter((c): c is string => typeof c === 'string') : [];
    this.trusted = options?.trusted !== false;
    this.current = this.read(options);
  }

  /** The client granted trust to the workspace; its settings follow as a configuration change. */
  trust(): void {
    this.trusted = true;
  }

  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** When the inlay hint or run readout setting alone changes (the client is asked for hints again). */
  onDidChangeInlayHints(listener: () => void): void {
    this.hintListeners.push(listener);
  }

  private read(raw: RawSettings | undefined): AssemblySettings {
    const paths = (list: unknown) => Array.isArray(list)
      ? list.filter((p): p is string => typeof p === 'string' && p !== '').map((p) => (isAbsolute(p) || !this.root ? p : resolve(this.root, p)))
      : [];
    const includePaths = paths(raw?.includePaths);
    const forcedIncludes = paths(raw?.forcedIncludes);
    const defines: Record<string, string> = {};
    if (raw?.defines && typeof raw.defines === 'object') {
      for (const [name, value] of Object.entries(raw.defines)) defines[name] = String(value);
    }
    const target = CHECK_TARGETS.includes(raw?.target as CheckTarget) ? (raw?.target as CheckTarget) : undefined;
    const [buildDirectory] = paths(typeof raw?.buildDirectory === 'string' ? [raw.buildDirectory] : []);
    return { includePaths, forcedIncludes, defines, target, buildDirectory, roots: this.roots };
  }
}

function readInlayHints(raw: RawSettings | undefined): InlayHintOptions {
  const given = (raw?.inlayHints && typeof raw.inlayHints === 'object' ? raw.inlayHints : {}) as Record<string, unknown>;
  const flag = (name: keyof InlayHintOptions) => (typeof given[name] === 'boolean' ? (given[name] as boolean) : DEFAULT_INLAY_HINTS[name]);
  return { tocValues: flag('tocValues'), pairValues: flag('pairValues'), branchTargets: flag('branchTargets') };
}

function readoutMode(raw: RawSettings | undefined): ReadoutMode {
  return READOUT_MODES.includes(raw?.runReadouts as ReadoutMode) ? (raw!.runReadouts as ReadoutMode) : 'inlayHints';
}
