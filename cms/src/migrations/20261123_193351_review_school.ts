import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`case_reviews\` ADD \`school_id\` text(36) REFERENCES schools(id);`)
  await db.run(sql`CREATE INDEX \`case_reviews_school_idx\` ON \`case_reviews\` (\`school_id\`);`)
  // Reviews written before take their case's school.
  await db.run(sql`UPDATE \`case_reviews\` SET \`school_id\` = (SELECT \`school_id\` FROM \`cases\` WHERE \`cases\`.\`id\` = \`case_reviews\`.\`case_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_case_reviews\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`case_id\` text(36) NOT NULL,
  	\`score\` numeric NOT NULL,
  	\`recommendation\` text NOT NULL,
  	\`comment\` text NOT NULL,
  	\`reviewer_id\` text(36),
  	\`region\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_case_reviews\`("id", "case_id", "score", "recommendation", "comment", "reviewer_id", "region", "updated_at", "created_at") SELECT "id", "case_id", "score", "recommendation", "comment", "reviewer_id", "region", "updated_at", "created_at" FROM \`case_reviews\`;`)
  await db.run(sql`DROP TABLE \`case_reviews\`;`)
  await db.run(sql`ALTER TABLE \`__new_case_reviews\` RENAME TO \`case_reviews\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`case_reviews_case_idx\` ON \`case_reviews\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`case_reviews_reviewer_idx\` ON \`case_reviews\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`case_reviews_region_idx\` ON \`case_reviews\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`case_reviews_updated_at_idx\` ON \`case_reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_reviews_created_at_idx\` ON \`case_reviews\` (\`created_at\`);`)
}
