import { Migration } from '@mikro-orm/migrations';

export class Migration20261122105000_decision_letter extends Migration {
  override name = 'Migration20261122105000_decision_letter';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "decision_draft" ("id" uuid not null, "case_id" uuid not null, "motivations" jsonb not null, "decision_id" uuid null, "updated_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "decision_draft_case_id_index" on "decision_draft" ("case_id");`);

    this.addSql(`alter table "organisation" add "letter_template" jsonb null;`);

    this.addSql(
      `alter table "decision_draft" add constraint "decision_draft_case_id_foreign" foreign key ("case_id") references "woo_case" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "decision_draft" add constraint "decision_draft_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on delete no action;`,
    );
    this.addSql(
      `alter table "decision_draft" add constraint "decision_draft_updated_by_id_foreign" foreign key ("updated_by_id") references "woo_user" ("id") on delete set null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "decision_draft" cascade;`);

    this.addSql(`alter table "organisation" drop column "letter_template";`);
  }
}
