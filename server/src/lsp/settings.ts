// The user's `tocsin.*` settings as the server sees them: given at initialize and updated
// through workspace/didChangeConfiguration (the client synchronises the `tocsin` section).
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import { CHECK_TARGETS, type AnalysisSettings, type CheckTarget } from '../host/analyze';
import { DEFAULT_INLAY_HINTS, type InlayHintOptions } from '../features/inlayHints';

/** Include paths are absolute (empty: the bundled prelude); target undefined checks each file on its own. */
export type AssemblySettings = AnalysisSettings;

interface RawSettings {
  includePaths?: unknown;
  forcedIncludes?: unknown;
  defines?: unknown;
  target?: unknown;
  buildDirectory?: unknown;
  inlayHints?: unknown;
}

export class SettingsStore {
  private root: string | undefined;
  /** The workspace folders' paths. */
  roots: string[] = [];
  private listeners: (() => void)[] = [];
  private hintListeners: (() => void)[] = [];
  current: AssemblySettings = { includePaths: [], defines: {} };
  /** Which inlay hints to show: a setting of the editor alone, no analysis depends on it. */
  inlayHints: InlayHintOptions = DEFAULT_INLAY_HINTS;

  constructor(connection: Connection) {
    connection.onDidChangeConfiguration(({ settings }) => {
      const raw = (settings as { tocsin?: RawSettings } | undefined)?.tocsin;
      const hints = readInlayHints(raw);
      if (JSON.stringify(hints) !== JSON.stringify(this.inlayHints)) {
        this.inlayHints = hints;
        for (const l of this.hintListeners) l();
      }
      // A change of the inlay hints alone analyses nothing again.
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
    this.current = this.read(params.initializationOptions as RawSettings | undefined);
    this.inlayHints = readInlayHints(params.initializationOptions as RawSettings | undefined);
  }

  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** When the inlay hint setting alone changes (the client is asked for hints again). */
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
