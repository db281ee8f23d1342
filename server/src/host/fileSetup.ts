// Each document's flags in the editor: the build directory the settings name, else the one
// found above the file in the workspace, gives a tree file its kbuild flags and target; a file
// outside any tree keeps the bundled prelude, and include paths or forced includes that lie in a
// kernel tree apply only to that tree's files.
import { buildTreeOf, fileSetup, findBuildDirectory, isInside, kernelSourceRoot, KbuildTree, type FileSetup } from '../model/kbuild';
import type { AnalysisSettings } from './analyze';

const trees = new Map<string, KbuildTree>();

function treeAt(root: string): KbuildTree {
  let tree = trees.get(root);
  if (!tree) trees.set(root, tree = new KbuildTree(root));
  return tree;
}

/** The build tree for a file: the setting's, or the nearest build directory above it inside a workspace folder. */
export function buildTreeFor(path: string, settings: AnalysisSettings): KbuildTree | undefined {
  if (settings.buildDirectory) return treeAt(settings.buildDirectory);
  const roots = settings.roots ?? [];
  const found = findBuildDirectory(path);
  if (!found || (roots.length && !roots.some((r) => isInside(found, r) || isInside(r, found)))) return undefined;
  return buildTreeOf(path);
}

/** Keeps the paths outside any kernel tree, and those of the tree the file is in. */
function forThisFile(paths: string[] | undefined, path: string): string[] {
  return (paths ?? []).filter((p) => {
    const root = kernelSourceRoot(p);
    return !root || isInside(path, root);
  });
}

/** An assembly file's setup; its target the user's setting above the build's. */
export function editorFileSetup(path: string, settings: AnalysisSettings): FileSetup {
  const setup = fileSetup(path, {
    includePaths: forThisFile(settings.includePaths, path),
    forcedIncludes: forThisFile(settings.forcedIncludes, path),
    defines: settings.defines,
  }, buildTreeFor(path, settings));
  return settings.target ? { ...setup, target: settings.target as FileSetup['target'], status: `${setup.status}; target ${settings.target} (setting)` } : setup;
}
