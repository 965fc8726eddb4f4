// What the recognisers know about the case beyond the pages: the people whose names must be found in every
// spelling — the requester, the third parties of the case, and the officials of the organisation whose names are
// not public (an official acting in public, `namePublic`, is not proposed) — and the names proposed in the case's
// other documents, whose surnames are then proposed where they recur in this one.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case, Official, runStatement, ThirdParty } from '@woo/db';
import type { DetectionContext, KnownPerson } from '@woo/domain';

/** Person regions with evidence (as in-document propagation: confidence 0.75 and up) that nobody rejected. */
const CASE_NAME_MIN_CONFIDENCE = 0.75;

/** $1 the case, $2 the document to leave out (or null), $3 the minimum confidence. */
const CASE_NAMES_SQL = `select r.text from redaction_region r join document d on d.id = r.document_id
  where d.case_id = $1 and ($2::uuid is null or r.document_id <> $2::uuid) and r.ground = '5.1.2e'
    and r.status <> 'rejected' and r.origin = 'detected' and r.recogniser like '%person%' and r.confidence >= $3
    and r.text is not null and r.text <> ''
  group by r.text order by min(r.id::text)`;

export async function loadDetectionContext(
  em: EntityManager,
  caseId: string,
  documentId?: string,
): Promise<DetectionContext> {
  const kase = await em.findOneOrFail(Case, caseId, { fields: ['id', 'requesterName', 'organisation'] });
  const thirdParties = await em.find(ThirdParty, { case: caseId }, { fields: ['id', 'name'], orderBy: { id: 'asc' } });
  const officials = await em.find(
    Official,
    { organisation: kase.organisation.id, namePublic: false },
    { fields: ['id', 'name'], orderBy: { id: 'asc' } },
  );
  const knownPersons: KnownPerson[] = [
    { name: kase.requesterName, role: 'requester' },
    ...thirdParties.map((party) => ({ name: party.name, role: 'third_party' })),
    ...officials.map((official) => ({ name: official.name, role: 'official' })),
  ];
  // The document's own regions are left out: a re-run of its detection must propose what the first run proposed.
  // One statement for the distinct texts, in the order of their first region: every ground of every document asks,
  // and loading the case's person regions as managed entities (hundreds in a large case) made each ground's job
  // hydrate them and its flush walk them.
  const caseNames = (
    await runStatement<{ text: string }>(em, CASE_NAMES_SQL, [caseId, documentId ?? null, CASE_NAME_MIN_CONFIDENCE])
  ).map((row) => row.text);
  return {
    knownPersons: knownPersons.filter((person) => person.name.trim() !== ''),
    caseNames,
    locale: 'nl',
  };
}
