// A recogniser reads one page and proposes findings on one exemption ground. It is pure: no I/O, same input, same
// output. The registry (registry.ts) lists them all; the queue of a ground runs the recognisers of that ground.
import type { GroundCode } from '../grounds/ground-code.js';
import type { PageText } from '../text/page-text.js';
import type { DetectionContext } from './detection-context.js';
import type { Finding, FindingKind } from './finding.js';

export interface Recogniser {
  /** Stable, kebab-case; stored with every finding it proposes. */
  readonly name: string;
  readonly ground: GroundCode;
  readonly kinds: readonly FindingKind[];
  detect(page: PageText, context: DetectionContext): Finding[];
}
