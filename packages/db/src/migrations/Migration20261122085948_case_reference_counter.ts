import { Migration } from '@mikro-orm/migrations';

export class Migration20261122085948_case_reference_counter extends Migration {
  override name = 'Migration20261122085948_case_reference_counter';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "case_reference_counter" ("organisation_id" uuid not null, "year" int not null, "last_number" int not null, primary key ("organisation_id", "year"));`,
    );

    this.addSql(
      `alter table "case_reference_counter" add constraint "case_reference_counter_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`,
    );
    // Existing cases keep their numbers: each counter starts at the highest number already used that year.
    this.addSql(`insert into "case_reference_counter" ("organisation_id", "year", "last_number")
      select "organisation_id", substring("reference" from 5 for 4)::int, max(substring("reference" from 10)::int)
      from "woo_case" where "reference" ~ '^WOO-[0-9]{4}-[0-9]+$'
      group by "organisation_id", substring("reference" from 5 for 4)::int;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "case_reference_counter" cascade;`);
  }
}
