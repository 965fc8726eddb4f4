// A document's assessment (beoordeling) in a decision, and what its reviewed regions say about it (DESIGN §3, §4
// step 5): the document's grounds are the union of the grounds of its accepted regions, and a document with accepted
// regions is released in part. The inventory prints the grounds in its "beoordelingsgrond" column.
import { groundCodes, type GroundCode } from '../grounds/ground-code.js';
import { formatGroundList } from '../grounds/ground-list.js';
import { normalizeGroundCode } from '../grounds/normalize-ground-code.js';

/** The assessment of one document; a whole decision may also be 'geen_documenten', a document cannot. */
export const documentOutcomes = ['openbaar', 'deels_openbaar', 'niet_openbaar', 'reeds_openbaar'] as const;
export type DocumentOutcome = (typeof documentOutcomes)[number];

/** The outcome of a whole decision: a document's, or 'geen_documenten' when nothing was found (DESIGN §3). */
export const decisionOutcomes = [...documentOutcomes, 'geen_documenten'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export const documentOutcomeLabels: Readonly<Record<DocumentOutcome, { nl: string; en: string }>> = {
  openbaar: { nl: 'openbaar', en: 'disclosed' },
  deels_openbaar: { nl: 'deels openbaar', en: 'partly disclosed' },
  niet_openbaar: { nl: 'niet openbaar', en: 'not disclosed' },
  reeds_openbaar: { nl: 'reeds openbaar', en: 'already public' },
};

/** What the derivation reads of a region: its review status and its ground code. */
export interface AssessedRegion {
  status: 'proposed' | 'accepted' | 'rejected';
  ground: string;
}

export interface DerivedDocumentAssessment {
  /** Canonical codes of the accepted regions, without duplicates, in the order of the law. */
  grounds: GroundCode[];
  /** The same codes as the inventory prints them ('5.1.1e; 5.1.2e'); '' when there are none. */
  groundList: string;
  /** No accepted region: openbaar; at least one: deels openbaar. Niet and reeds openbaar are a person's call. */
  suggestedOutcome: Extract<DocumentOutcome, 'openbaar' | 'deels_openbaar'>;
  acceptedRegions: number;
  /** Regions nobody decided on yet: the suggestion may still change. */
  openRegions: number;
}

const lawOrder = new Map<string, number>(groundCodes.map((code, index) => [code, index]));

/** Derives the grounds and the suggested outcome from a document's regions. Rejected and open regions count for nothing. */
export function deriveDocumentAssessment(regions: readonly AssessedRegion[]): DerivedDocumentAssessment {
  const accepted = regions.filter((region) => region.status === 'accepted');
  const grounds = [...new Set(accepted.map((region) => normalizeGroundCode(region.ground)))].sort(
    (a, b) => lawOrder.get(a)! - lawOrder.get(b)!,
  );
  return {
    grounds,
    groundList: formatGroundList(grounds),
    suggestedOutcome: accepted.length > 0 ? 'deels_openbaar' : 'openbaar',
    acceptedRegions: accepted.length,
    openRegions: regions.filter((region) => region.status === 'proposed').length,
  };
}

export type OutcomeNoticeCode =
  | 'outcome.openbaar_with_redactions'
  | 'outcome.deels_openbaar_without_redactions'
  | 'outcome.niet_openbaar_without_grounds';

export interface OutcomeNotice {
  code: OutcomeNoticeCode;
  nl: string;
  en: string;
}

/**
 * Where a chosen outcome and the regions disagree, so a reviewer sees it before the decision goes out. Notices, not
 * refusals: 'niet openbaar' may rest on a ground the regions do not carry, and the reviewer decides.
 */
export function outcomeNotices(outcome: DocumentOutcome | null, derived: DerivedDocumentAssessment): OutcomeNotice[] {
  if (outcome === 'openbaar' && derived.acceptedRegions > 0) {
    return [
      {
        code: 'outcome.openbaar_with_redactions',
        nl: `Het document is openbaar, maar er zijn ${derived.acceptedRegions} lakkingen geaccepteerd.`,
        en: `The document is disclosed, but ${derived.acceptedRegions} redactions were accepted.`,
      },
    ];
  }
  if (outcome === 'deels_openbaar' && derived.acceptedRegions === 0) {
    return [
      {
        code: 'outcome.deels_openbaar_without_redactions',
        nl: 'Het document is deels openbaar, maar er is niets gelakt.',
        en: 'The document is partly disclosed, but nothing is redacted.',
      },
    ];
  }
  if (outcome === 'niet_openbaar' && derived.grounds.length === 0) {
    return [
      {
        code: 'outcome.niet_openbaar_without_grounds',
        nl: 'Het document is niet openbaar, maar er staat geen uitzonderingsgrond bij.',
        en: 'The document is not disclosed, but no exemption ground is given.',
      },
    ];
  }
  return [];
}
