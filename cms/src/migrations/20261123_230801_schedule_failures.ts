import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`schedule_failures\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`document_title\` text,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`planned_at\` text,
  	\`failed_at\` text NOT NULL,
  	\`scheduled_by_id\` text(36),
  	\`reason\` text NOT NULL,
  	\`explanation_zh_t_w\` text,
  	\`explanation_en\` text,
  	\`job\` text,
  	\`dismissed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`schedule_failures_collection_slug_idx\` ON \`schedule_failures\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`schedule_failures_document_id_idx\` ON \`schedule_failures\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`schedule_failures_scheduled_by_idx\` ON \`schedule_failures\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`schedule_failures_updated_at_idx\` ON \`schedule_failures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`schedule_failures_created_at_idx\` ON \`schedule_failures\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`schedule_failures\`;`)
}
