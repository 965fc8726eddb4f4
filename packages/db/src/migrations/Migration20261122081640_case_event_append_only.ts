import { Migration } from '@mikro-orm/migrations';

export class Migration20261122081640_case_event_append_only extends Migration {
  override name = 'Migration20261122081640_case_event_append_only';

  override up(): void | Promise<void> {
    this.addSql(
      `create or replace function "case_event_case_event_append_only_fn"() returns trigger as $$ begin raise exception 'case_event is append-only: % is not allowed', tg_op using errcode = 'restrict_violation'; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "case_event_append_only" BEFORE UPDATE OR DELETE on "case_event" for each ROW execute function "case_event_case_event_append_only_fn"();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "case_event_append_only" on "case_event";`);
    this.addSql(`drop function if exists "case_event_case_event_append_only_fn"();`);
  }
}
