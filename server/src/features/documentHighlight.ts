// Document highlight: the name under the cursor, its definitions (written) and uses (read).
import type { Position } from '../host/snapshot';
import type { AnalysisView } from './hover';
import { nameAt } from './navigation';
import { usesIn, type Use } from './references';

export function documentHighlight(view: AnalysisView, position: Position): Use[] {
  const name = nameAt(view, position);
  return name ? usesIn(view.snapshot, name, true) : [];
}
