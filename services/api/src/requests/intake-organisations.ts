// The organisations the public intake registers for, by slug, kept in memory for a short while: organisations change
// rarely, and every intake needs one (a database round trip per request otherwise). Only found ones are kept, so an
// organisation that is added is found at once; a changed name or norm shows after at most `ttlMs`.
import type { MikroORM } from '@mikro-orm/postgresql';
import { Organisation } from '@woo/db';

/** What a registration needs of the organisation (see RegisterCaseInput). */
export type IntakeOrganisation = Readonly<Pick<Organisation, 'id' | 'name' | 'firstContactNormWorkingDays'>>;

export interface IntakeOrganisations {
  bySlug(slug: string): Promise<IntakeOrganisation | null>;
}

export function intakeOrganisations(
  orm: MikroORM,
  options: { ttlMs?: number; now?: () => number } = {},
): IntakeOrganisations {
  const ttlMs = options.ttlMs ?? 30_000;
  const now = options.now ?? Date.now;
  // A pending lookup is shared, so a burst of intakes for one organisation asks the database once.
  const entries = new Map<string, { until: number; organisation: Promise<IntakeOrganisation | null> }>();

  async function load(slug: string): Promise<IntakeOrganisation | null> {
    const found = await orm.em
      .fork()
      .findOne(Organisation, { slug }, { fields: ['id', 'name', 'firstContactNormWorkingDays'] });
    if (!found) return null;
    return Object.freeze({
      id: found.id,
      name: found.name,
      firstContactNormWorkingDays: found.firstContactNormWorkingDays,
    });
  }

  return {
    bySlug(slug) {
      const entry = entries.get(slug);
      if (entry && entry.until > now()) return entry.organisation;
      const organisation = load(slug);
      entries.set(slug, { until: now() + ttlMs, organisation });
      // Unknown (or an error): forget it at once, so the next request asks again.
      organisation.then(
        (found) => {
          if (!found && entries.get(slug)?.organisation === organisation) entries.delete(slug);
        },
        () => {
          if (entries.get(slug)?.organisation === organisation) entries.delete(slug);
        },
      );
      return organisation;
    },
  };
}
