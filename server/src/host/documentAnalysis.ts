// One document where it is analysed (in the server or in a worker): its parsed text, kept
// current by incremental re-parses, and the snapshot of its latest analysis.
import { SyntaxDocument, type TextChange } from '../parse/document';
import type { GrammarName } from '../parse/runtime';
import { analyzeDocument, analyzeInPhases, syntaxFindings, type AnalysisInput, type EarlyFindings, type PhasedAnalysis } from './analyze';
import { collapseChanges } from './edits';
import type { Finding, Snapshot } from './snapshot';

export class DocumentAnalysis {
  private constructor(private readonly doc: SyntaxDocument) {}

  static async open(grammar: GrammarName, text: string): Promise<DocumentAnalysis> {
    return new DocumentAnalysis(await SyntaxDocument.parse(grammar, text));
  }

  get text(): string {
    return this.doc.text;
  }

  /** Applies editor changes and re-parses incrementally; syntax errors are known at once. */
  apply(changes: readonly TextChange[]): void {
    this.doc.applyChanges(collapseChanges(this.doc.text, changes));
  }

  syntaxErrors(): Finding[] {
    return syntaxFindings(this.doc.errors);
  }

  /** The full analysis of the current text; throws Superseded when `wanted` turns false. */
  analyze(input: AnalysisInput, wanted: () => boolean = () => true, early?: (f: EarlyFindings) => void): Snapshot {
    return analyzeDocument(this.doc, input, wanted, early);
  }

  /** The analysis up to its findings; the rest of the snapshot when asked (see PhasedAnalysis). */
  analyzeInPhases(input: AnalysisInput, wanted: () => boolean): PhasedAnalysis {
    return analyzeInPhases(this.doc, input, wanted);
  }

  dispose(): void {
    this.doc.dispose();
  }
}
