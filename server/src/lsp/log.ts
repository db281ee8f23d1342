// What the server did and why, as window/logMessage lines (VS Code shows them in the "Tocsin"
// output channel): the settings it analyses with, each analysis with its reason, findings and
// time per stage.
import { basename } from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import type { AnalysisHost } from '../host/analysisHost';
import type { AnalysisSettings } from '../host/analyze';
import { documentPath } from '../host/uris';
import type { IndexStats } from '../host/workspace';

export type Log = (message: string) => void;

export function serverLog(connection: Connection): Log {
  return (message) => connection.console.info(message);
}

export function describeSettings(settings: AnalysisSettings, trusted: boolean): string {
  const parts = [settings.includePaths.length ? `include paths ${settings.includePaths.join(', ')}` : 'the bundled kernel prelude (no include paths set)'];
  if (settings.buildDirectory) parts.push(`build directory ${settings.buildDirectory}`);
  if (settings.forcedIncludes?.length) parts.push(`forced includes ${settings.forcedIncludes.join(', ')}`);
  const defines = Object.entries(settings.defines);
  if (defines.length) parts.push(`defines ${defines.map(([k, v]) => `${k}=${v}`).join(' ')}`);
  parts.push(settings.target ? `target ${settings.target}` : 'each file checked on its own (no target)');
  if (!trusted) parts.push('untrusted workspace: paths outside the workspace ignored');
  return parts.join('; ');
}

export function describeIndex(stats: IndexStats): string {
  const trees = stats.kernelTrees.length ? `; kernel tree ${stats.kernelTrees.join(', ')}: arch/powerpc and the headers it includes, not the whole tree` : '';
  return `indexed ${stats.files} files of the workspace (${stats.definitions} definitions) in ${(stats.ms / 1000).toFixed(1)} s${trees}${stats.truncated ? '; stopped at the file limit' : ''}`;
}

export function logAnalyses(host: AnalysisHost, log: Log): void {
  host.onSnapshot((s, why) => {
    const stages = Object.entries(s.timings).map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`).join(', ');
    const findings = s.findings.length + s.syntaxErrors.length;
    log(`analysed ${basename(documentPath(s.uri))} version ${s.version} (${why}): ${findings} finding${findings === 1 ? '' : 's'}, ${s.definitions.length} definitions; ${stages}`);
  });
}
