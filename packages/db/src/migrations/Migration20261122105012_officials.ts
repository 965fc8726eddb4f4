import { Migration } from '@mikro-orm/migrations';

export class Migration20261122105012_officials extends Migration {
  override name = 'Migration20261122105012_officials';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "official" ("id" uuid not null, "organisation_id" uuid not null, "name" text not null, "job_title" text null, "name_public" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "official_organisation_id_index" on "official" ("organisation_id");`);

    this.addSql(
      `alter table "official" add constraint "official_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "official" cascade;`);
  }
}
