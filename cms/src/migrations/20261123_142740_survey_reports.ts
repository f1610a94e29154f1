import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`survey_reports_charts_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`compare_value\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`survey_reports_charts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_reports_charts_rows_order_idx\` ON \`survey_reports_charts_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_charts_rows_parent_id_idx\` ON \`survey_reports_charts_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_reports_charts_rows_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`survey_reports_charts_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`survey_reports_charts_rows_locales_locale_parent_id_unique\` ON \`survey_reports_charts_rows_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_charts_rows_locales_parent_idx\` ON \`survey_reports_charts_rows_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_reports_charts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'bar',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`survey_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_reports_charts_order_idx\` ON \`survey_reports_charts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_charts_parent_id_idx\` ON \`survey_reports_charts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_reports_charts_locales\` (
  	\`title\` text,
  	\`unit\` text,
  	\`description\` text,
  	\`value_label\` text,
  	\`compare_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`survey_reports_charts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`survey_reports_charts_locales_locale_parent_id_unique\` ON \`survey_reports_charts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_charts_locales_parent_idx\` ON \`survey_reports_charts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_reports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`slug\` text,
  	\`published_at\` text,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_reports_year_idx\` ON \`survey_reports\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`survey_reports_slug_idx\` ON \`survey_reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_published_at_idx\` ON \`survey_reports\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_demo_idx\` ON \`survey_reports\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_updated_at_idx\` ON \`survey_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_created_at_idx\` ON \`survey_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports__status_idx\` ON \`survey_reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`survey_reports_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`survey_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`survey_reports_locales_locale_parent_id_unique\` ON \`survey_reports_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_locales_parent_idx\` ON \`survey_reports_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`survey_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_reports_rels_order_idx\` ON \`survey_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_rels_parent_idx\` ON \`survey_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_rels_path_idx\` ON \`survey_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_rels_documents_id_idx\` ON \`survey_reports_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`_survey_reports_v_version_charts_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`compare_value\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_survey_reports_v_version_charts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_charts_rows_order_idx\` ON \`_survey_reports_v_version_charts_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_charts_rows_parent_id_idx\` ON \`_survey_reports_v_version_charts_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_survey_reports_v_version_charts_rows_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_survey_reports_v_version_charts_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_survey_reports_v_version_charts_rows_locales_locale_parent_\` ON \`_survey_reports_v_version_charts_rows_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_charts_rows_locales_parent_idx\` ON \`_survey_reports_v_version_charts_rows_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_survey_reports_v_version_charts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'bar',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_survey_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_charts_order_idx\` ON \`_survey_reports_v_version_charts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_charts_parent_id_idx\` ON \`_survey_reports_v_version_charts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_survey_reports_v_version_charts_locales\` (
  	\`title\` text,
  	\`unit\` text,
  	\`description\` text,
  	\`value_label\` text,
  	\`compare_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_survey_reports_v_version_charts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_survey_reports_v_version_charts_locales_locale_parent_id_un\` ON \`_survey_reports_v_version_charts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_charts_locales_parent_idx\` ON \`_survey_reports_v_version_charts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_survey_reports_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_year\` numeric,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`survey_reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_parent_idx\` ON \`_survey_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_version_year_idx\` ON \`_survey_reports_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_version_slug_idx\` ON \`_survey_reports_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_version_published_at_idx\` ON \`_survey_reports_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_version_demo_idx\` ON \`_survey_reports_v\` (\`version_demo\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_version_updated_at_idx\` ON \`_survey_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_version_created_at_idx\` ON \`_survey_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_version__status_idx\` ON \`_survey_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_created_at_idx\` ON \`_survey_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_updated_at_idx\` ON \`_survey_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_snapshot_idx\` ON \`_survey_reports_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_published_locale_idx\` ON \`_survey_reports_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_latest_idx\` ON \`_survey_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_survey_reports_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_survey_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_survey_reports_v_locales_locale_parent_id_unique\` ON \`_survey_reports_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_locales_parent_idx\` ON \`_survey_reports_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_survey_reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_survey_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_rels_order_idx\` ON \`_survey_reports_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_rels_parent_idx\` ON \`_survey_reports_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_rels_path_idx\` ON \`_survey_reports_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_rels_documents_id_idx\` ON \`_survey_reports_v_rels\` (\`documents_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`survey_reports_id\` text(36) REFERENCES survey_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`survey_reports_charts_rows\`;`)
  await db.run(sql`DROP TABLE \`survey_reports_charts_rows_locales\`;`)
  await db.run(sql`DROP TABLE \`survey_reports_charts\`;`)
  await db.run(sql`DROP TABLE \`survey_reports_charts_locales\`;`)
  await db.run(sql`DROP TABLE \`survey_reports\`;`)
  await db.run(sql`DROP TABLE \`survey_reports_locales\`;`)
  await db.run(sql`DROP TABLE \`survey_reports_rels\`;`)
  await db.run(sql`DROP TABLE \`_survey_reports_v_version_charts_rows\`;`)
  await db.run(sql`DROP TABLE \`_survey_reports_v_version_charts_rows_locales\`;`)
  await db.run(sql`DROP TABLE \`_survey_reports_v_version_charts\`;`)
  await db.run(sql`DROP TABLE \`_survey_reports_v_version_charts_locales\`;`)
  await db.run(sql`DROP TABLE \`_survey_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_survey_reports_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_survey_reports_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` text(36),
  	\`cases_id\` text(36),
  	\`galleries_id\` text(36),
  	\`materials_id\` text(36),
  	\`library_id\` text(36),
  	\`pages_id\` text(36),
  	\`links_id\` text(36),
  	\`project_zones_id\` text(36),
  	\`media_id\` text(36),
  	\`documents_id\` text(36),
  	\`ebooks_id\` text(36),
  	\`videos_id\` text(36),
  	\`video_files_id\` text(36),
  	\`schools_id\` text(36),
  	\`regions_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cases_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`galleries_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`library_id\`) REFERENCES \`library\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`links_id\`) REFERENCES \`links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`project_zones_id\`) REFERENCES \`project_zones\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ebooks_id\`) REFERENCES \`ebooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`video_files_id\`) REFERENCES \`video_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`schools_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "cases_id", "galleries_id", "materials_id", "library_id", "pages_id", "links_id", "project_zones_id", "media_id", "documents_id", "ebooks_id", "videos_id", "video_files_id", "schools_id", "regions_id", "users_id") SELECT "id", "order", "parent_id", "path", "news_id", "cases_id", "galleries_id", "materials_id", "library_id", "pages_id", "links_id", "project_zones_id", "media_id", "documents_id", "ebooks_id", "videos_id", "video_files_id", "schools_id", "regions_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_galleries_id_idx\` ON \`payload_locked_documents_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`materials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_library_id_idx\` ON \`payload_locked_documents_rels\` (\`library_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_links_id_idx\` ON \`payload_locked_documents_rels\` (\`links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_project_zones_id_idx\` ON \`payload_locked_documents_rels\` (\`project_zones_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ebooks_id_idx\` ON \`payload_locked_documents_rels\` (\`ebooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_video_files_id_idx\` ON \`payload_locked_documents_rels\` (\`video_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_schools_id_idx\` ON \`payload_locked_documents_rels\` (\`schools_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
