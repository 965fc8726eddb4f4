// A region as the review screens show it.
import type { RedactionRegion, User } from '@woo/db';
import { getExemptionGround, isGroundCode } from '@woo/domain';
import { regionBoxOf, type RegionBox } from './region-box.js';

export interface RegionView {
  id: string;
  page: number;
  box: RegionBox;
  text: string | null;
  ground: string;
  /** Catalog label of the ground; null only for a code the catalog does not know (never written by the review). */
  groundLabel: { nl: string; en: string } | null;
  recogniser: string;
  confidence: number;
  status: RedactionRegion['status'];
  origin: RedactionRegion['origin'];
  createdBy: StaffRef | null;
  /** Who last accepted, rejected or changed it. */
  changedBy: StaffRef | null;
  /**
   * The reviewer's decision that open occurrences of this text elsewhere in the document are another person (a
   * namesake), with who took it and when; null when nobody did.
   */
  namesake: { by: StaffRef | null; at: string } | null;
  updatedAt: string;
}

export interface StaffRef {
  id: string;
  displayName: string;
}

function staffRef(user: User | null | undefined): StaffRef | null {
  if (!user) return null;
  return { id: user.id, displayName: user.displayName };
}

export function groundLabelOf(code: string): { nl: string; en: string } | null {
  if (!isGroundCode(code)) return null;
  const ground = getExemptionGround(code);
  return { nl: ground.labelNl, en: ground.labelEn };
}

/** `region.page`, `createdBy`, `reviewedBy` and `namesakeBy` must be loaded. */
export function regionView(region: RedactionRegion): RegionView {
  return {
    id: region.id,
    page: region.page.pageNumber,
    box: regionBoxOf(region),
    text: region.text ?? null,
    ground: region.ground,
    groundLabel: groundLabelOf(region.ground),
    recogniser: region.recogniser,
    confidence: Number(region.confidence),
    status: region.status,
    origin: region.origin,
    createdBy: staffRef(region.createdBy as User | null | undefined),
    changedBy: staffRef(region.reviewedBy as User | null | undefined),
    namesake: region.namesakeAt
      ? { by: staffRef(region.namesakeBy as User | null | undefined), at: region.namesakeAt.toISOString() }
      : null,
    updatedAt: region.updatedAt.toISOString(),
  };
}

export const regionViewPopulate = ['page', 'createdBy', 'reviewedBy', 'namesakeBy'] as const;
