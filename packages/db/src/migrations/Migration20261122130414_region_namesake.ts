import { Migration } from '@mikro-orm/migrations';

export class Migration20261122130414_region_namesake extends Migration {
  override name = 'Migration20261122130414_region_namesake';

  override up(): void | Promise<void> {
    // The reviewer's decision that open occurrences of a region's text elsewhere are another person (a namesake):
    // who and when. The leak gate then searches that text only where the original did not show it openly.
    this.addSql(`alter table "redaction_region" add "namesake_by_id" uuid null, add "namesake_at" timestamptz null;`);
    this.addSql(
      `alter table "redaction_region" add constraint "redaction_region_namesake_by_id_foreign" foreign key ("namesake_by_id") references "woo_user" ("id") on delete set null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "redaction_region" drop constraint "redaction_region_namesake_by_id_foreign";`);

    this.addSql(`alter table "redaction_region" drop column "namesake_by_id", drop column "namesake_at";`);
  }
}
