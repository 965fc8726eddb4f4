// What the recognisers know about the case beyond the page itself.

export interface KnownPerson {
  /** The name as the case records it, e.g. "Jan Pieter de Vries" or "J.P. de Vries". */
  name: string;
  /** Free text for the reviewer, e.g. 'requester', 'third_party', 'official'. Not used for matching. */
  role?: string;
}

export interface DetectionContext {
  /** Requester, third parties and officials marked non-public: found in every spelling. */
  knownPersons: readonly KnownPerson[];
  /**
   * Names proposed (and not rejected) in the case's other documents, as the regions' texts ("mevrouw Zandbergen",
   * "Zandbergen"): their surnames are proposed where they recur in this document too (name-propagation.ts).
   */
  caseNames?: readonly string[];
  locale: 'nl' | 'en';
}

export const emptyDetectionContext: DetectionContext = { knownPersons: [], locale: 'nl' };
