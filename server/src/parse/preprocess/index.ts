// C preprocessing of kernel assembly (`.S`) as gcc's `-x assembler-with-cpp` does it, with a
// source map from every output position back to its file, line, column and macro expansions.
export { preprocess } from './preprocessor';
export type { PreprocessDiagnostic, PreprocessInput, PreprocessOptions, PreprocessResult } from './preprocessor';
export type { MacroDefinition, SourcePosition } from './macros';
export { SourceMap } from './source-map';
export type { ExpansionStep, LineOrigin, OriginalPosition } from './source-map';
