// The `type` of the audit events the review writes on the document's case. None is public: the requester's timeline
// says nothing about single redactions. Event data holds ids, grounds, boxes and statuses, never the redacted text:
// the audit log is append-only and must not become a second copy of the personal data it protects.
export const reviewEventTypes = {
  regionAccepted: 'document.region_accepted',
  regionRejected: 'document.region_rejected',
  regionChanged: 'document.region_changed',
  regionAdded: 'document.region_added',
  regionDeleted: 'document.region_deleted',
  /** Open occurrences of the region's text elsewhere are another person (a namesake): set, or cleared again. */
  regionNamesakeSet: 'document.region_namesake_set',
  regionNamesakeCleared: 'document.region_namesake_cleared',
  appliedToCase: 'document.regions_applied_to_case',
  outcomeSet: 'document.outcome_set',
  submitted: 'document.review_submitted',
  approved: 'document.review_approved',
  reopened: 'document.review_reopened',
} as const;

export type ReviewEventType = (typeof reviewEventTypes)[keyof typeof reviewEventTypes];

/** The changes a second reviewer looks at before approving: every decision on a region, and the outcome. */
export const reviewChangeTypes: readonly ReviewEventType[] = [
  reviewEventTypes.regionAccepted,
  reviewEventTypes.regionRejected,
  reviewEventTypes.regionChanged,
  reviewEventTypes.regionAdded,
  reviewEventTypes.regionDeleted,
  reviewEventTypes.regionNamesakeSet,
  reviewEventTypes.regionNamesakeCleared,
  reviewEventTypes.appliedToCase,
  reviewEventTypes.outcomeSet,
];
