// What the requester reads on the private status page, per status: plain Dutch (B1) first, with English.
// The next deadline and its explanation come from caseDeadline; these texts say where the request stands.
import type { CaseStatus } from './case-status.js';

export interface StatusText {
  /** Short heading. */
  title: { nl: string; en: string };
  /** One or two plain sentences: what happens now, and what the requester can do. */
  body: { nl: string; en: string };
}

export const statusTexts: Record<CaseStatus, StatusText> = {
  received: {
    title: { nl: 'Uw verzoek is binnen', en: 'We have received your request' },
    body: {
      nl: 'We hebben uw verzoek ontvangen. We nemen snel contact met u op om uw vraag goed te begrijpen.',
      en: 'We have received your request. We will contact you soon to make sure we understand your question.',
    },
  },
  informal_contact: {
    title: { nl: 'We hebben met u gesproken', en: 'We have talked with you' },
    body: {
      nl: 'We hebben met u over uw verzoek gesproken. We gaan nu verder met uw verzoek, zoals we hebben afgesproken.',
      en: 'We have talked with you about your request. We now continue with it, as we agreed.',
    },
  },
  awaiting_precisering: {
    title: { nl: 'We wachten op uw antwoord', en: 'We are waiting for your answer' },
    body: {
      nl: 'Uw verzoek is nog niet duidelijk genoeg. We hebben u gevraagd het preciezer te maken. Zolang we op uw antwoord wachten, staat de termijn stil.',
      en: 'Your request is not clear enough yet. We have asked you to make it more precise. While we wait for your answer, the time limit is paused.',
    },
  },
  collecting_documents: {
    title: { nl: 'We zoeken de documenten', en: 'We are looking for the documents' },
    body: {
      nl: 'We zoeken de documenten die bij uw verzoek horen.',
      en: 'We are looking for the documents that belong to your request.',
    },
  },
  assessing: {
    title: { nl: 'We bekijken de documenten', en: 'We are reviewing the documents' },
    body: {
      nl: 'We lezen de documenten en kijken welke informatie openbaar kan worden.',
      en: 'We are reading the documents and checking which information can be made public.',
    },
  },
  awaiting_zienswijzen: {
    title: { nl: 'We vragen anderen om hun mening', en: 'We are asking others for their view' },
    body: {
      nl: 'Sommige documenten gaan ook over andere mensen of organisaties. We vragen hun eerst wat zij ervan vinden. Zolang we wachten, staat de termijn stil.',
      en: 'Some documents also concern other people or organisations. We first ask them for their view. While we wait, the time limit is paused.',
    },
  },
  decision_drafted: {
    title: { nl: 'We schrijven het besluit', en: 'We are writing the decision' },
    body: {
      nl: 'We schrijven het besluit over uw verzoek.',
      en: 'We are writing the decision on your request.',
    },
  },
  in_review: {
    title: { nl: 'Het besluit wordt gecontroleerd', en: 'The decision is being checked' },
    body: {
      nl: 'Een collega controleert het besluit voordat we het naar u sturen.',
      en: 'A colleague checks the decision before we send it to you.',
    },
  },
  decided: {
    title: { nl: 'Er is een besluit', en: 'A decision has been made' },
    body: {
      nl: 'We hebben een besluit genomen en naar u gestuurd. Bent u het er niet mee eens? Dan kunt u bezwaar maken. Hoe dat gaat, staat in het besluit.',
      en: 'We have made a decision and sent it to you. Do you disagree? Then you can object. The decision explains how.',
    },
  },
  disclosure_hold: {
    title: { nl: 'De documenten komen later', en: 'The documents will follow later' },
    body: {
      nl: 'Er is een besluit. Iemand anders die in de documenten voorkomt, mag eerst twee weken reageren. Daarna krijgt u de documenten.',
      en: 'A decision has been made. Someone else who appears in the documents may first respond for two weeks. After that you will receive the documents.',
    },
  },
  published: {
    title: { nl: 'Het besluit is gepubliceerd', en: 'The decision has been published' },
    body: {
      nl: 'Het besluit en de documenten staan op onze website. Iedereen kan ze lezen.',
      en: 'The decision and the documents are on our website. Anyone can read them.',
    },
  },
  closed: {
    title: { nl: 'Uw verzoek is afgerond', en: 'Your request is complete' },
    body: {
      nl: 'We hebben uw verzoek helemaal afgehandeld.',
      en: 'We have finished handling your request.',
    },
  },
  withdrawn: {
    title: { nl: 'U heeft uw verzoek ingetrokken', en: 'You have withdrawn your request' },
    body: {
      nl: 'U heeft laten weten dat u uw verzoek niet meer nodig heeft. We doen er niets meer mee.',
      en: 'You let us know that you no longer need your request. We will take no further action.',
    },
  },
  forwarded: {
    title: { nl: 'Uw verzoek is doorgestuurd', en: 'Your request has been forwarded' },
    body: {
      nl: 'De informatie ligt bij een andere organisatie. We hebben uw verzoek naar die organisatie gestuurd. Zij beslist erover.',
      en: 'The information is held by another organisation. We have sent your request there. They will decide on it.',
    },
  },
  not_handled: {
    title: { nl: 'We behandelen uw verzoek niet', en: 'We will not handle your request' },
    body: {
      nl: 'We hebben besloten uw verzoek niet te behandelen. In onze brief staat waarom en wat u kunt doen.',
      en: 'We have decided not to handle your request. Our letter explains why and what you can do.',
    },
  },
  resolved_informally: {
    title: { nl: 'Uw vraag is beantwoord', en: 'Your question has been answered' },
    body: {
      nl: 'We hebben uw vraag beantwoord of u gewezen op informatie die al openbaar is. Dat hebben we met u afgesproken. Daarom komt er geen besluit.',
      en: 'We have answered your question or pointed you to information that is already public. As agreed, there will be no formal decision.',
    },
  },
};
