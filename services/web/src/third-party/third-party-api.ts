// What the third party's page reads and sends (services/api/src/third-parties/third-party.schemas.ts).

export type ThirdPartyFormState = 'open' | 'answered' | 'period_ended' | 'closed';

export interface ThirdPartyDocument {
  id: string;
  documentNumber: number;
  documentDate: string | null;
  description: string | null;
  state: 'ready' | 'processing' | 'withheld' | 'failed';
  pages: { pageNumber: number; widthPt: number; heightPt: number }[];
  redactions: { ground: string; count: number }[];
}

export interface ThirdPartyView {
  reference: string;
  organisation: { name: string };
  name: string;
  askedOn: string;
  periodEndsOn: string;
  form: ThirdPartyFormState;
  answer: { receivedOn: string; objected: boolean | null } | null;
  documents: ThirdPartyDocument[];
}

export interface ThirdPartyAnswer {
  view: string;
  objected: boolean;
  contact: string;
}

/** The API paths of one token; the token only ever travels in the path (never in a query or a log line). */
export function thirdPartyPaths(token: string) {
  const base = `/api/v1/zienswijze/${encodeURIComponent(token)}`;
  return {
    view: base,
    pageImage: (documentId: string, page: number) => `${base}/documents/${documentId}/pages/${page}/image`,
    pdf: (documentId: string) => `${base}/documents/${documentId}/pdf`,
  };
}
