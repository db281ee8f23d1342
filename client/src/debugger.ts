// The `tocsin` debugger in VS Code: the adapter runs as its own process (dist/dap.js, on the
// editor's own Node runtime), and F5 without a launch.json debugs the active file: a scenario
// as it is, a `.S`, listing or object inside the built-in live-patch harness.
import * as path from 'node:path';
import * as vscode from 'vscode';

const DEBUGGABLE = new Set(['ppc64-asm', 'ppc64-objdump']);
/** The Debug lens's command: the server names the scenario, the editor debugs it. */
export const DEBUG_SCENARIO = 'tocsin.debugScenario';

export function registerDebugger(context: vscode.ExtensionContext): void {
  const adapter = context.asAbsolutePath(path.join('dist', 'dap.js'));
  context.subscriptions.push(
    vscode.commands.registerCommand(DEBUG_SCENARIO, (scenario: string) => vscode.debug.startDebugging(
      vscode.workspace.getWorkspaceFolder(vscode.Uri.file(scenario)),
      { ...defaultConfiguration(scenario), name: `Tocsin: ${path.basename(scenario)}` },
    )),
    vscode.debug.registerDebugAdapterDescriptorFactory('tocsin', {
      createDebugAdapterDescriptor: () => new vscode.DebugAdapterExecutable(process.execPath, [adapter], { env: { ELECTRON_RUN_AS_NODE: '1' } }),
    }),
    vscode.debug.registerDebugConfigurationProvider('tocsin', {
      provideDebugConfigurations: () => [defaultConfiguration('${file}')],
      resolveDebugConfiguration: (folder, config) => {
        // A scenario's files resolve under the workspace folder, as on the command line under --root.
        config.root ??= folder?.uri.fsPath;
        if (config.type && config.request && config.program) return config;
        const editor = vscode.window.activeTextEditor;
        const file = editor?.document.uri.fsPath;
        if (!editor || !file || !(DEBUGGABLE.has(editor.document.languageId) || file.endsWith('.scenario.json'))) {
          void vscode.window.showInformationMessage('Open a .scenario.json, a ppc64le .S file or a listing to debug it with Tocsin.');
          return undefined;
        }
        return { ...defaultConfiguration(file), ...config, type: 'tocsin', request: 'launch', program: config.program ?? file };
      },
    }, vscode.DebugConfigurationProviderTriggerKind.Dynamic),
    vscode.debug.registerDebugConfigurationProvider('tocsin', {
      resolveDebugConfiguration: (_folder, config) => {
        if (config.type || config.request || config.name) return config;
        const file = vscode.window.activeTextEditor?.document.uri.fsPath;
        return file ? defaultConfiguration(file) : config;
      },
    }, vscode.DebugConfigurationProviderTriggerKind.Initial),
  );
}

function defaultConfiguration(program: string): vscode.DebugConfiguration {
  return { type: 'tocsin', request: 'launch', name: 'Tocsin: debug the active file', program, stopOnEntry: false };
}
