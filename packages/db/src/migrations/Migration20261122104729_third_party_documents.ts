import { Migration } from '@mikro-orm/migrations';

export class Migration20261122104729_third_party_documents extends Migration {
  override name = 'Migration20261122104729_third_party_documents';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "third_party_document" ("id" uuid not null, "third_party_id" uuid not null, "document_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "third_party_document_document_id_index" on "third_party_document" ("document_id");`);
    this.addSql(
      `alter table "third_party_document" add constraint "third_party_document_third_party_id_document_id_unique" unique ("third_party_id", "document_id");`,
    );

    this.addSql(`alter table "third_party" add "view_contact" text null;`);

    this.addSql(
      `alter table "third_party_document" add constraint "third_party_document_third_party_id_foreign" foreign key ("third_party_id") references "third_party" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "third_party_document" add constraint "third_party_document_document_id_foreign" foreign key ("document_id") references "document" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "third_party_document" cascade;`);

    this.addSql(`alter table "third_party" drop column "view_contact";`);
  }
}
