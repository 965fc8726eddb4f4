import type { IsoDate } from '@woo/domain';

/** The staff member acting: a document of another organisation is "not found" for them. */
export interface ReviewActor {
  userId: string;
  organisationId: string;
}

/** What the review needs besides the EntityManager. */
export interface ReviewDeps {
  /** Today's legal date (Europe/Amsterdam): the date of the audit events. */
  today: () => IsoDate;
}
