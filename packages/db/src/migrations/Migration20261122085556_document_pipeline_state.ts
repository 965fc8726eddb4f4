import { Migration } from '@mikro-orm/migrations';

export class Migration20261122085556_document_pipeline_state extends Migration {
  override name = 'Migration20261122085556_document_pipeline_state';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "document" add "detect_status" text not null default 'pending', add "review_status" text not null default 'open', add "review_revision" int not null default 0, add "review_submitted_by_id" uuid null, add "review_approved_by_id" uuid null, add "redact_status" text not null default 'pending', add "redacted_revision" int null, add "leak_report" jsonb null;`,
    );
    this.addSql(
      `alter table "document" add constraint "document_review_submitted_by_id_foreign" foreign key ("review_submitted_by_id") references "woo_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "document" add constraint "document_review_approved_by_id_foreign" foreign key ("review_approved_by_id") references "woo_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "document" add constraint "document_detect_status_check" check ("detect_status" in ('pending', 'running', 'done', 'failed'));`,
    );
    this.addSql(
      `alter table "document" add constraint "document_review_status_check" check ("review_status" in ('open', 'submitted', 'approved'));`,
    );
    this.addSql(
      `alter table "document" add constraint "document_redact_status_check" check ("redact_status" in ('pending', 'running', 'done', 'failed'));`,
    );

    this.addSql(`alter table "page" add "failure_reason" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "document" drop constraint "document_review_submitted_by_id_foreign";`);
    this.addSql(`alter table "document" drop constraint "document_review_approved_by_id_foreign";`);

    this.addSql(`alter table "document" drop constraint "document_detect_status_check";`);
    this.addSql(`alter table "document" drop constraint "document_review_status_check";`);
    this.addSql(`alter table "document" drop constraint "document_redact_status_check";`);
    this.addSql(
      `alter table "document" drop column "detect_status", drop column "review_status", drop column "review_revision", drop column "review_submitted_by_id", drop column "review_approved_by_id", drop column "redact_status", drop column "redacted_revision", drop column "leak_report";`,
    );

    this.addSql(`alter table "page" drop column "failure_reason";`);
  }
}
