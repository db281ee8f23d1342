// The user's `tocsin.*` settings as the server sees them: given at initialize and updated
// through workspace/didChangeConfiguration (the client synchronises the `tocsin` section).
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import { CHECK_TARGETS, type AnalysisSettings, type CheckTarget } from '../host/analyze';

/** Include paths are absolute (empty: the bundled prelude); target undefined checks each file on its own. */
export type AssemblySettings = AnalysisSettings;

interface RawSettings {
  includePaths?: unknown;
  forcedIncludes?: unknown;
  defines?: unknown;
  target?: unknown;
  buildDirectory?: unknown;
}

export class SettingsStore {
  private root: string | undefined;
  /** The workspace folders' paths. */
  roots: string[] = [];
  private listeners: (() => void)[] = [];
  current: AssemblySettings = { includePaths: [], defines: {} };

  constructor(connection: Connection) {
    connection.onDidChangeConfiguration(({ settings }) => {
      this.current = this.read((settings as { tocsin?: RawSettings } | undefined)?.tocsin);
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
  }

  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
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
