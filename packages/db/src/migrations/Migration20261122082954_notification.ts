import { Migration } from '@mikro-orm/migrations';

export class Migration20261122082954_notification extends Migration {
  override name = 'Migration20261122082954_notification';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "notification" ("id" uuid not null, "organisation_id" uuid not null, "case_id" uuid null, "template" text not null, "locale" text not null default 'nl', "recipient_kind" text not null, "recipient_user_id" uuid null, "recipient_third_party_id" uuid null, "recipient_email" text not null, "data" jsonb not null, "dedup_key" text null, "status" text not null default 'pending', "attempts" int not null default 0, "sent_at" timestamptz null, "last_error" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "notification" add constraint "notification_dedup_key_unique" unique ("dedup_key");`);
    this.addSql(`create index "notification_case_id_index" on "notification" ("case_id");`);
    this.addSql(`create index "notification_status_index" on "notification" ("status");`);

    this.addSql(
      `alter table "notification" add constraint "notification_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete no action;`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_case_id_foreign" foreign key ("case_id") references "woo_case" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_recipient_user_id_foreign" foreign key ("recipient_user_id") references "woo_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_recipient_third_party_id_foreign" foreign key ("recipient_third_party_id") references "third_party" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_locale_check" check ("locale" in ('nl', 'en'));`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_recipient_kind_check" check ("recipient_kind" in ('requester', 'user', 'third_party'));`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_status_check" check ("status" in ('pending', 'sent', 'failed'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);
  }
}
