// "Check workspace": every assembly file and listing of the workspace that is not open is
// analysed as if opened, and its findings are published, with work-done progress the user can
// cancel (a kernel tree's arch/powerpc has some 250 `.S` files). Open documents keep the
// host's own diagnostics.
import { basename } from 'node:path';
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import type { AnalysisHost } from '../host/analysisHost';
import type { AnalysisSettings } from '../host/analyze';
import { checkFile } from '../host/workspaceCheck';
import type { WorkspaceIndex } from '../host/workspace';
import { toUri } from '../host/uris';
import { toDiagnostic } from './convert';
import type { Log } from './log';
import { withProgress } from './progress';

export async function checkWorkspace(connection: Connection, host: AnalysisHost, workspace: WorkspaceIndex, settings: () => AnalysisSettings, log: Log, token?: CancellationToken): Promise<{ message: string }> {
  return withProgress(connection, 'Tocsin: checking the workspace', async (progress) => {
    const files = (await workspace.filesToCheck(progress)).filter((f) => !host.isOpen(toUri(f)));
    const counts = { error: 0, warning: 0, info: 0 };
    let withFindings = 0;
    let checked = 0;
    for (const file of files) {
      if (progress.cancelled()) break;
      progress.report(checked, files.length, basename(file));
      const { uri, findings } = await checkFile(file, { settings: settings(), buffers: host.buffers() });
      // Opened meanwhile: its own analysis speaks for it.
      if (!host.isOpen(uri)) void connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => toDiagnostic(uri, f)) });
      for (const f of findings) counts[f.severity]++;
      if (findings.length) withFindings++;
      checked++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const stopped = checked < files.length ? ` (cancelled: ${files.length - checked} not checked)` : '';
    const message = `checked ${checked} of ${files.length} files${stopped}: ${counts.error} errors, ${counts.warning} warnings in ${withFindings} files`;
    log(message);
    return { message };
  }, token);
}
