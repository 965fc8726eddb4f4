import { Migration } from '@mikro-orm/migrations';

export class Migration20261122110500_region_finding_group extends Migration {
  override name = 'Migration20261122110500_region_finding_group';

  override up(): void | Promise<void> {
    // Pieces of one finding over several lines (one region per line) share a group: the leak gate searches their
    // joined text strictly and each piece only like a covered word.
    this.addSql(`alter table "redaction_region" add column "finding_group" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "redaction_region" drop column "finding_group";`);
  }
}
