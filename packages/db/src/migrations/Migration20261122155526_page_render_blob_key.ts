import { Migration } from '@mikro-orm/migrations';

export class Migration20261122155526_page_render_blob_key extends Migration {
  override name = 'Migration20261122155526_page_render_blob_key';

  override up(): void | Promise<void> {
    // Never written since review images are made on demand and keyed by pageRenderBlobKey(document, page).
    this.addSql(`alter table "page" drop column "render_blob_key";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "page" add "render_blob_key" text null;`);
  }
}
