import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`generated_cover\` integer DEFAULT false;`)
  // Covers made before the mark: the images documents link as cover under the name the CMS gives them.
  await db.run(sql`UPDATE \`media\` SET \`generated_cover\` = true WHERE \`filename\` LIKE '%-cover%.png' AND \`id\` IN (SELECT \`cover_id\` FROM \`documents\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`generated_cover\`;`)
}
