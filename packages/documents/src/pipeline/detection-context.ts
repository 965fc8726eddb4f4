// What the recognisers know about the case beyond the pages: the people whose names must be found in every
// spelling. Officials marked non-public come later (no data for them yet).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case, ThirdParty } from '@woo/db';
import type { DetectionContext, KnownPerson } from '@woo/domain';

export async function loadDetectionContext(em: EntityManager, caseId: string): Promise<DetectionContext> {
  const kase = await em.findOneOrFail(Case, caseId, { fields: ['id', 'requesterName'] });
  const thirdParties = await em.find(ThirdParty, { case: caseId }, { fields: ['id', 'name'], orderBy: { id: 'asc' } });
  const knownPersons: KnownPerson[] = [
    { name: kase.requesterName, role: 'requester' },
    ...thirdParties.map((party) => ({ name: party.name, role: 'third_party' })),
  ];
  return { knownPersons: knownPersons.filter((person) => person.name.trim() !== ''), locale: 'nl' };
}
