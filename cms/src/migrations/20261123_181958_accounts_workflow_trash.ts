import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`cases_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_workflow_history_order_idx\` ON \`cases_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_workflow_history_parent_id_idx\` ON \`cases_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_workflow_history_by_idx\` ON \`cases_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_workflow_history_order_idx\` ON \`_cases_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_workflow_history_parent_id_idx\` ON \`_cases_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_workflow_history_by_idx\` ON \`_cases_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`case_reviews\` (
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
  await db.run(sql`CREATE INDEX \`case_reviews_case_idx\` ON \`case_reviews\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`case_reviews_reviewer_idx\` ON \`case_reviews\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`case_reviews_region_idx\` ON \`case_reviews\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`case_reviews_updated_at_idx\` ON \`case_reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_reviews_created_at_idx\` ON \`case_reviews\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`news_created_by_idx\` ON \`news\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_deleted_at_idx\` ON \`news\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_by_idx\` ON \`_news_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_deleted_at_idx\` ON \`_news_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`cases_workflow_status_idx\` ON \`cases\` (\`workflow_status\`);`)
  // Cases published before the review workflow existed are in its last step.
  await db.run(sql`UPDATE \`cases\` SET \`workflow_status\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`CREATE INDEX \`cases_created_by_idx\` ON \`cases\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_deleted_at_idx\` ON \`cases\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`cases_rels\` ADD \`users_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`cases_rels_users_id_idx\` ON \`cases_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_workflow_status_idx\` ON \`_cases_v\` (\`version_workflow_status\`);`)
  await db.run(sql`UPDATE \`_cases_v\` SET \`version_workflow_status\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_created_by_idx\` ON \`_cases_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_deleted_at_idx\` ON \`_cases_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_cases_v_rels\` ADD \`users_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_users_id_idx\` ON \`_cases_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`galleries\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`galleries\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`galleries_created_by_idx\` ON \`galleries\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_deleted_at_idx\` ON \`galleries\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_created_by_idx\` ON \`_galleries_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_deleted_at_idx\` ON \`_galleries_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`materials\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`materials\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`materials_created_by_idx\` ON \`materials\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_deleted_at_idx\` ON \`materials\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_materials_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_materials_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_created_by_idx\` ON \`_materials_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_deleted_at_idx\` ON \`_materials_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`library\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`library\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`library_created_by_idx\` ON \`library\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`library_deleted_at_idx\` ON \`library\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_library_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_library_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_library_v_version_version_created_by_idx\` ON \`_library_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_v_version_version_deleted_at_idx\` ON \`_library_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`survey_reports\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`survey_reports\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`survey_reports_created_by_idx\` ON \`survey_reports\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_deleted_at_idx\` ON \`survey_reports\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_survey_reports_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_survey_reports_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_version_created_by_idx\` ON \`_survey_reports_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_survey_reports_v_version_version_deleted_at_idx\` ON \`_survey_reports_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`pages_created_by_idx\` ON \`pages\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_deleted_at_idx\` ON \`pages\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_by_idx\` ON \`_pages_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_deleted_at_idx\` ON \`_pages_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`links\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`links\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`links_created_by_idx\` ON \`links\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`links_deleted_at_idx\` ON \`links\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_links_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_links_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_links_v_version_version_created_by_idx\` ON \`_links_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_links_v_version_version_deleted_at_idx\` ON \`_links_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`project_zones\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`project_zones\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`project_zones_created_by_idx\` ON \`project_zones\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`project_zones_deleted_at_idx\` ON \`project_zones\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_project_zones_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_project_zones_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_project_zones_v_version_version_created_by_idx\` ON \`_project_zones_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_project_zones_v_version_version_deleted_at_idx\` ON \`_project_zones_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`media_created_by_idx\` ON \`media\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_deleted_at_idx\` ON \`media\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`documents_created_by_idx\` ON \`documents\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_deleted_at_idx\` ON \`documents\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`ebooks\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`ebooks\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`ebooks_created_by_idx\` ON \`ebooks\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`ebooks_deleted_at_idx\` ON \`ebooks\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_ebooks_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_ebooks_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_version_version_created_by_idx\` ON \`_ebooks_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_version_version_deleted_at_idx\` ON \`_ebooks_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`videos_created_by_idx\` ON \`videos\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_deleted_at_idx\` ON \`videos\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_created_by_idx\` ON \`_videos_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_deleted_at_idx\` ON \`_videos_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`video_files\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`video_files\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`video_files_created_by_idx\` ON \`video_files\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`video_files_deleted_at_idx\` ON \`video_files\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`schools\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`schools\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`schools_created_by_idx\` ON \`schools\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`schools_deleted_at_idx\` ON \`schools\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_schools_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_schools_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_schools_v_version_version_created_by_idx\` ON \`_schools_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_schools_v_version_version_deleted_at_idx\` ON \`_schools_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`active\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`region\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`school_id\` text(36) REFERENCES schools(id);`)
  await db.run(sql`CREATE INDEX \`users_role_idx\` ON \`users\` (\`role\`);`)
  await db.run(sql`CREATE INDEX \`users_active_idx\` ON \`users\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`users_region_idx\` ON \`users\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`users_school_idx\` ON \`users\` (\`school_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`case_reviews_id\` text(36) REFERENCES case_reviews(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`case_reviews_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`cases_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`case_reviews\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`category\` text,
  	\`project_zone\` text,
  	\`cover_image_id\` text(36),
  	\`slug\` text,
  	\`published_at\` text,
  	\`region\` text,
  	\`pinned\` integer DEFAULT false,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news\`("id", "category", "project_zone", "cover_image_id", "slug", "published_at", "region", "pinned", "demo", "updated_at", "created_at", "_status") SELECT "id", "category", "project_zone", "cover_image_id", "slug", "published_at", "region", "pinned", "demo", "updated_at", "created_at", "_status" FROM \`news\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`news_category_idx\` ON \`news\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`news_project_zone_idx\` ON \`news\` (\`project_zone\`);`)
  await db.run(sql`CREATE INDEX \`news_cover_image_idx\` ON \`news\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_region_idx\` ON \`news\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`news_pinned_idx\` ON \`news\` (\`pinned\`);`)
  await db.run(sql`CREATE INDEX \`news_demo_idx\` ON \`news\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_category\` text,
  	\`version_project_zone\` text,
  	\`version_cover_image_id\` text(36),
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_region\` text,
  	\`version_pinned\` integer DEFAULT false,
  	\`version_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_category", "version_project_zone", "version_cover_image_id", "version_slug", "version_published_at", "version_region", "version_pinned", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_category", "version_project_zone", "version_cover_image_id", "version_slug", "version_published_at", "version_region", "version_pinned", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_category_idx\` ON \`_news_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_project_zone_idx\` ON \`_news_v\` (\`version_project_zone\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_cover_image_idx\` ON \`_news_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_region_idx\` ON \`_news_v\` (\`version_region\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_pinned_idx\` ON \`_news_v\` (\`version_pinned\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_demo_idx\` ON \`_news_v\` (\`version_demo\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_cases\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`school_id\` text(36),
  	\`academic_year\` numeric,
  	\`plan_type\` text,
  	\`activity_format\` text,
  	\`slug\` text,
  	\`region\` text,
  	\`subsidised\` integer DEFAULT false,
  	\`award_category\` text,
  	\`award_year\` numeric,
  	\`featured\` integer DEFAULT false,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_cases\`("id", "school_id", "academic_year", "plan_type", "activity_format", "slug", "region", "subsidised", "award_category", "award_year", "featured", "demo", "updated_at", "created_at", "_status") SELECT "id", "school_id", "academic_year", "plan_type", "activity_format", "slug", "region", "subsidised", "award_category", "award_year", "featured", "demo", "updated_at", "created_at", "_status" FROM \`cases\`;`)
  await db.run(sql`DROP TABLE \`cases\`;`)
  await db.run(sql`ALTER TABLE \`__new_cases\` RENAME TO \`cases\`;`)
  await db.run(sql`CREATE INDEX \`cases_school_idx\` ON \`cases\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_academic_year_idx\` ON \`cases\` (\`academic_year\`);`)
  await db.run(sql`CREATE INDEX \`cases_plan_type_idx\` ON \`cases\` (\`plan_type\`);`)
  await db.run(sql`CREATE INDEX \`cases_activity_format_idx\` ON \`cases\` (\`activity_format\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`cases_slug_idx\` ON \`cases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`cases_region_idx\` ON \`cases\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`cases_featured_idx\` ON \`cases\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`cases_demo_idx\` ON \`cases\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`cases_updated_at_idx\` ON \`cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_created_at_idx\` ON \`cases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`cases__status_idx\` ON \`cases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_cases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_cases_rels\`("id", "order", "parent_id", "path", "documents_id") SELECT "id", "order", "parent_id", "path", "documents_id" FROM \`cases_rels\`;`)
  await db.run(sql`DROP TABLE \`cases_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_cases_rels\` RENAME TO \`cases_rels\`;`)
  await db.run(sql`CREATE INDEX \`cases_rels_order_idx\` ON \`cases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`cases_rels_parent_idx\` ON \`cases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_rels_path_idx\` ON \`cases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`cases_rels_documents_id_idx\` ON \`cases_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__cases_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_school_id\` text(36),
  	\`version_academic_year\` numeric,
  	\`version_plan_type\` text,
  	\`version_activity_format\` text,
  	\`version_slug\` text,
  	\`version_region\` text,
  	\`version_subsidised\` integer DEFAULT false,
  	\`version_award_category\` text,
  	\`version_award_year\` numeric,
  	\`version_featured\` integer DEFAULT false,
  	\`version_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__cases_v\`("id", "parent_id", "version_school_id", "version_academic_year", "version_plan_type", "version_activity_format", "version_slug", "version_region", "version_subsidised", "version_award_category", "version_award_year", "version_featured", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_school_id", "version_academic_year", "version_plan_type", "version_activity_format", "version_slug", "version_region", "version_subsidised", "version_award_category", "version_award_year", "version_featured", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_cases_v\`;`)
  await db.run(sql`DROP TABLE \`_cases_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__cases_v\` RENAME TO \`_cases_v\`;`)
  await db.run(sql`CREATE INDEX \`_cases_v_parent_idx\` ON \`_cases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_school_idx\` ON \`_cases_v\` (\`version_school_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_academic_year_idx\` ON \`_cases_v\` (\`version_academic_year\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_plan_type_idx\` ON \`_cases_v\` (\`version_plan_type\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_activity_format_idx\` ON \`_cases_v\` (\`version_activity_format\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_slug_idx\` ON \`_cases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_region_idx\` ON \`_cases_v\` (\`version_region\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_featured_idx\` ON \`_cases_v\` (\`version_featured\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_demo_idx\` ON \`_cases_v\` (\`version_demo\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_updated_at_idx\` ON \`_cases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_created_at_idx\` ON \`_cases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version__status_idx\` ON \`_cases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_created_at_idx\` ON \`_cases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_updated_at_idx\` ON \`_cases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_snapshot_idx\` ON \`_cases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_published_locale_idx\` ON \`_cases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_latest_idx\` ON \`_cases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__cases_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__cases_v_rels\`("id", "order", "parent_id", "path", "documents_id") SELECT "id", "order", "parent_id", "path", "documents_id" FROM \`_cases_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__cases_v_rels\` RENAME TO \`_cases_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_order_idx\` ON \`_cases_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_parent_idx\` ON \`_cases_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_path_idx\` ON \`_cases_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_documents_id_idx\` ON \`_cases_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_galleries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`event_date\` text,
  	\`slug\` text,
  	\`region\` text,
  	\`project_zone\` text,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_galleries\`("id", "event_date", "slug", "region", "project_zone", "demo", "updated_at", "created_at", "_status") SELECT "id", "event_date", "slug", "region", "project_zone", "demo", "updated_at", "created_at", "_status" FROM \`galleries\`;`)
  await db.run(sql`DROP TABLE \`galleries\`;`)
  await db.run(sql`ALTER TABLE \`__new_galleries\` RENAME TO \`galleries\`;`)
  await db.run(sql`CREATE INDEX \`galleries_event_date_idx\` ON \`galleries\` (\`event_date\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`galleries_slug_idx\` ON \`galleries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`galleries_region_idx\` ON \`galleries\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`galleries_demo_idx\` ON \`galleries\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`galleries_updated_at_idx\` ON \`galleries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`galleries_created_at_idx\` ON \`galleries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`galleries__status_idx\` ON \`galleries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__galleries_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_event_date\` text,
  	\`version_slug\` text,
  	\`version_region\` text,
  	\`version_project_zone\` text,
  	\`version_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__galleries_v\`("id", "parent_id", "version_event_date", "version_slug", "version_region", "version_project_zone", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_event_date", "version_slug", "version_region", "version_project_zone", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_galleries_v\`;`)
  await db.run(sql`DROP TABLE \`_galleries_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__galleries_v\` RENAME TO \`_galleries_v\`;`)
  await db.run(sql`CREATE INDEX \`_galleries_v_parent_idx\` ON \`_galleries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_event_date_idx\` ON \`_galleries_v\` (\`version_event_date\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_slug_idx\` ON \`_galleries_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_region_idx\` ON \`_galleries_v\` (\`version_region\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_demo_idx\` ON \`_galleries_v\` (\`version_demo\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_updated_at_idx\` ON \`_galleries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_created_at_idx\` ON \`_galleries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version__status_idx\` ON \`_galleries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_created_at_idx\` ON \`_galleries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_updated_at_idx\` ON \`_galleries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_snapshot_idx\` ON \`_galleries_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_published_locale_idx\` ON \`_galleries_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_latest_idx\` ON \`_galleries_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_materials\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`training_module\` text,
  	\`edition_year\` numeric,
  	\`file_id\` text(36),
  	\`cover_id\` text(36),
  	\`slug\` text,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_materials\`("id", "kind", "training_module", "edition_year", "file_id", "cover_id", "slug", "demo", "updated_at", "created_at", "_status") SELECT "id", "kind", "training_module", "edition_year", "file_id", "cover_id", "slug", "demo", "updated_at", "created_at", "_status" FROM \`materials\`;`)
  await db.run(sql`DROP TABLE \`materials\`;`)
  await db.run(sql`ALTER TABLE \`__new_materials\` RENAME TO \`materials\`;`)
  await db.run(sql`CREATE INDEX \`materials_kind_idx\` ON \`materials\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`materials_training_module_idx\` ON \`materials\` (\`training_module\`);`)
  await db.run(sql`CREATE INDEX \`materials_edition_year_idx\` ON \`materials\` (\`edition_year\`);`)
  await db.run(sql`CREATE INDEX \`materials_file_idx\` ON \`materials\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_cover_idx\` ON \`materials\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`materials_slug_idx\` ON \`materials\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`materials_demo_idx\` ON \`materials\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`materials_updated_at_idx\` ON \`materials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`materials_created_at_idx\` ON \`materials\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`materials__status_idx\` ON \`materials\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__materials_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_kind\` text,
  	\`version_training_module\` text,
  	\`version_edition_year\` numeric,
  	\`version_file_id\` text(36),
  	\`version_cover_id\` text(36),
  	\`version_slug\` text,
  	\`version_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__materials_v\`("id", "parent_id", "version_kind", "version_training_module", "version_edition_year", "version_file_id", "version_cover_id", "version_slug", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_training_module", "version_edition_year", "version_file_id", "version_cover_id", "version_slug", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_materials_v\`;`)
  await db.run(sql`DROP TABLE \`_materials_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__materials_v\` RENAME TO \`_materials_v\`;`)
  await db.run(sql`CREATE INDEX \`_materials_v_parent_idx\` ON \`_materials_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_kind_idx\` ON \`_materials_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_training_module_idx\` ON \`_materials_v\` (\`version_training_module\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_edition_year_idx\` ON \`_materials_v\` (\`version_edition_year\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_file_idx\` ON \`_materials_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_cover_idx\` ON \`_materials_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_slug_idx\` ON \`_materials_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_demo_idx\` ON \`_materials_v\` (\`version_demo\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_updated_at_idx\` ON \`_materials_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_created_at_idx\` ON \`_materials_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version__status_idx\` ON \`_materials_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_created_at_idx\` ON \`_materials_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_updated_at_idx\` ON \`_materials_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_snapshot_idx\` ON \`_materials_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_published_locale_idx\` ON \`_materials_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_latest_idx\` ON \`_materials_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_library\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`item_type\` text,
  	\`year\` numeric,
  	\`file_id\` text(36),
  	\`url\` text,
  	\`source_file\` text,
  	\`slug\` text,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_library\`("id", "item_type", "year", "file_id", "url", "source_file", "slug", "demo", "updated_at", "created_at", "_status") SELECT "id", "item_type", "year", "file_id", "url", "source_file", "slug", "demo", "updated_at", "created_at", "_status" FROM \`library\`;`)
  await db.run(sql`DROP TABLE \`library\`;`)
  await db.run(sql`ALTER TABLE \`__new_library\` RENAME TO \`library\`;`)
  await db.run(sql`CREATE INDEX \`library_item_type_idx\` ON \`library\` (\`item_type\`);`)
  await db.run(sql`CREATE INDEX \`library_year_idx\` ON \`library\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`library_file_idx\` ON \`library\` (\`file_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`library_slug_idx\` ON \`library\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`library_demo_idx\` ON \`library\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`library_updated_at_idx\` ON \`library\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`library_created_at_idx\` ON \`library\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`library__status_idx\` ON \`library\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__library_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_item_type\` text,
  	\`version_year\` numeric,
  	\`version_file_id\` text(36),
  	\`version_url\` text,
  	\`version_source_file\` text,
  	\`version_slug\` text,
  	\`version_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`library\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__library_v\`("id", "parent_id", "version_item_type", "version_year", "version_file_id", "version_url", "version_source_file", "version_slug", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_item_type", "version_year", "version_file_id", "version_url", "version_source_file", "version_slug", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_library_v\`;`)
  await db.run(sql`DROP TABLE \`_library_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__library_v\` RENAME TO \`_library_v\`;`)
  await db.run(sql`CREATE INDEX \`_library_v_parent_idx\` ON \`_library_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_v_version_version_item_type_idx\` ON \`_library_v\` (\`version_item_type\`);`)
  await db.run(sql`CREATE INDEX \`_library_v_version_version_year_idx\` ON \`_library_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_library_v_version_version_file_idx\` ON \`_library_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_v_version_version_slug_idx\` ON \`_library_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_library_v_version_version_demo_idx\` ON \`_library_v\` (\`version_demo\`);`)
  await db.run(sql`CREATE INDEX \`_library_v_version_version_updated_at_idx\` ON \`_library_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_library_v_version_version_created_at_idx\` ON \`_library_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_library_v_version_version__status_idx\` ON \`_library_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_library_v_created_at_idx\` ON \`_library_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_library_v_updated_at_idx\` ON \`_library_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_library_v_snapshot_idx\` ON \`_library_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_library_v_published_locale_idx\` ON \`_library_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_library_v_latest_idx\` ON \`_library_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_survey_reports\` (
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
  await db.run(sql`INSERT INTO \`__new_survey_reports\`("id", "year", "slug", "published_at", "demo", "updated_at", "created_at", "_status") SELECT "id", "year", "slug", "published_at", "demo", "updated_at", "created_at", "_status" FROM \`survey_reports\`;`)
  await db.run(sql`DROP TABLE \`survey_reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_survey_reports\` RENAME TO \`survey_reports\`;`)
  await db.run(sql`CREATE INDEX \`survey_reports_year_idx\` ON \`survey_reports\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`survey_reports_slug_idx\` ON \`survey_reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_published_at_idx\` ON \`survey_reports\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_demo_idx\` ON \`survey_reports\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_updated_at_idx\` ON \`survey_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports_created_at_idx\` ON \`survey_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_reports__status_idx\` ON \`survey_reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__survey_reports_v\` (
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
  await db.run(sql`INSERT INTO \`__new__survey_reports_v\`("id", "parent_id", "version_year", "version_slug", "version_published_at", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_year", "version_slug", "version_published_at", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_survey_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_survey_reports_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__survey_reports_v\` RENAME TO \`_survey_reports_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'other',
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages\`("id", "kind", "slug", "updated_at", "created_at", "_status") SELECT "id", "kind", "slug", "updated_at", "created_at", "_status" FROM \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_kind\` text DEFAULT 'other',
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_kind", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_links\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`group\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_links\`("id", "url", "group", "order", "slug", "updated_at", "created_at") SELECT "id", "url", "group", "order", "slug", "updated_at", "created_at" FROM \`links\`;`)
  await db.run(sql`DROP TABLE \`links\`;`)
  await db.run(sql`ALTER TABLE \`__new_links\` RENAME TO \`links\`;`)
  await db.run(sql`CREATE INDEX \`links_group_idx\` ON \`links\` (\`group\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`links_slug_idx\` ON \`links\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`links_updated_at_idx\` ON \`links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`links_created_at_idx\` ON \`links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__links_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_url\` text NOT NULL,
  	\`version_group\` text NOT NULL,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`links\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__links_v\`("id", "parent_id", "version_url", "version_group", "version_order", "version_slug", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_url", "version_group", "version_order", "version_slug", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_links_v\`;`)
  await db.run(sql`DROP TABLE \`_links_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__links_v\` RENAME TO \`_links_v\`;`)
  await db.run(sql`CREATE INDEX \`_links_v_parent_idx\` ON \`_links_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_links_v_version_version_group_idx\` ON \`_links_v\` (\`version_group\`);`)
  await db.run(sql`CREATE INDEX \`_links_v_version_version_slug_idx\` ON \`_links_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_links_v_version_version_updated_at_idx\` ON \`_links_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_links_v_version_version_created_at_idx\` ON \`_links_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_links_v_created_at_idx\` ON \`_links_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_links_v_updated_at_idx\` ON \`_links_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_project_zones\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`zone\` text,
  	\`order\` numeric DEFAULT 0,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_project_zones\`("id", "zone", "order", "slug", "updated_at", "created_at", "_status") SELECT "id", "zone", "order", "slug", "updated_at", "created_at", "_status" FROM \`project_zones\`;`)
  await db.run(sql`DROP TABLE \`project_zones\`;`)
  await db.run(sql`ALTER TABLE \`__new_project_zones\` RENAME TO \`project_zones\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`project_zones_zone_idx\` ON \`project_zones\` (\`zone\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`project_zones_slug_idx\` ON \`project_zones\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`project_zones_updated_at_idx\` ON \`project_zones\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`project_zones_created_at_idx\` ON \`project_zones\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`project_zones__status_idx\` ON \`project_zones\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__project_zones_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_zone\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`project_zones\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__project_zones_v\`("id", "parent_id", "version_zone", "version_order", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_zone", "version_order", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_project_zones_v\`;`)
  await db.run(sql`DROP TABLE \`_project_zones_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__project_zones_v\` RENAME TO \`_project_zones_v\`;`)
  await db.run(sql`CREATE INDEX \`_project_zones_v_parent_idx\` ON \`_project_zones_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_project_zones_v_version_version_zone_idx\` ON \`_project_zones_v\` (\`version_zone\`);`)
  await db.run(sql`CREATE INDEX \`_project_zones_v_version_version_slug_idx\` ON \`_project_zones_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_project_zones_v_version_version_updated_at_idx\` ON \`_project_zones_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_project_zones_v_version_version_created_at_idx\` ON \`_project_zones_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_project_zones_v_version_version__status_idx\` ON \`_project_zones_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_project_zones_v_created_at_idx\` ON \`_project_zones_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_project_zones_v_updated_at_idx\` ON \`_project_zones_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_project_zones_v_snapshot_idx\` ON \`_project_zones_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_project_zones_v_published_locale_idx\` ON \`_project_zones_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_project_zones_v_latest_idx\` ON \`_project_zones_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "credit", "demo", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_large_url", "sizes_large_width", "sizes_large_height", "sizes_large_mime_type", "sizes_large_filesize", "sizes_large_filename") SELECT "id", "credit", "demo", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_large_url", "sizes_large_width", "sizes_large_height", "sizes_large_mime_type", "sizes_large_filesize", "sizes_large_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_demo_idx\` ON \`media\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`page_count\` numeric,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`INSERT INTO \`__new_documents\`("id", "page_count", "demo", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "page_count", "demo", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents\` RENAME TO \`documents\`;`)
  await db.run(sql`CREATE INDEX \`documents_demo_idx\` ON \`documents\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_filename_idx\` ON \`documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_ebooks\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`file_id\` text(36),
  	\`cover_id\` text(36),
  	\`slug\` text,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_ebooks\`("id", "year", "file_id", "cover_id", "slug", "demo", "updated_at", "created_at", "_status") SELECT "id", "year", "file_id", "cover_id", "slug", "demo", "updated_at", "created_at", "_status" FROM \`ebooks\`;`)
  await db.run(sql`DROP TABLE \`ebooks\`;`)
  await db.run(sql`ALTER TABLE \`__new_ebooks\` RENAME TO \`ebooks\`;`)
  await db.run(sql`CREATE INDEX \`ebooks_year_idx\` ON \`ebooks\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`ebooks_file_idx\` ON \`ebooks\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`ebooks_cover_idx\` ON \`ebooks\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ebooks_slug_idx\` ON \`ebooks\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`ebooks_demo_idx\` ON \`ebooks\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`ebooks_updated_at_idx\` ON \`ebooks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ebooks_created_at_idx\` ON \`ebooks\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`ebooks__status_idx\` ON \`ebooks\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__ebooks_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_year\` numeric,
  	\`version_file_id\` text(36),
  	\`version_cover_id\` text(36),
  	\`version_slug\` text,
  	\`version_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ebooks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__ebooks_v\`("id", "parent_id", "version_year", "version_file_id", "version_cover_id", "version_slug", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_year", "version_file_id", "version_cover_id", "version_slug", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_ebooks_v\`;`)
  await db.run(sql`DROP TABLE \`_ebooks_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__ebooks_v\` RENAME TO \`_ebooks_v\`;`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_parent_idx\` ON \`_ebooks_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_version_version_year_idx\` ON \`_ebooks_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_version_version_file_idx\` ON \`_ebooks_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_version_version_cover_idx\` ON \`_ebooks_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_version_version_slug_idx\` ON \`_ebooks_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_version_version_demo_idx\` ON \`_ebooks_v\` (\`version_demo\`);`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_version_version_updated_at_idx\` ON \`_ebooks_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_version_version_created_at_idx\` ON \`_ebooks_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_version_version__status_idx\` ON \`_ebooks_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_created_at_idx\` ON \`_ebooks_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_updated_at_idx\` ON \`_ebooks_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_snapshot_idx\` ON \`_ebooks_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_published_locale_idx\` ON \`_ebooks_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_ebooks_v_latest_idx\` ON \`_ebooks_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_videos\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`video_file_id\` text(36),
  	\`external_u_r_l\` text,
  	\`poster_id\` text(36),
  	\`duration_seconds\` numeric,
  	\`recorded_on\` text,
  	\`slug\` text,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`video_file_id\`) REFERENCES \`video_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_videos\`("id", "video_file_id", "external_u_r_l", "poster_id", "duration_seconds", "recorded_on", "slug", "demo", "updated_at", "created_at", "_status") SELECT "id", "video_file_id", "external_u_r_l", "poster_id", "duration_seconds", "recorded_on", "slug", "demo", "updated_at", "created_at", "_status" FROM \`videos\`;`)
  await db.run(sql`DROP TABLE \`videos\`;`)
  await db.run(sql`ALTER TABLE \`__new_videos\` RENAME TO \`videos\`;`)
  await db.run(sql`CREATE INDEX \`videos_video_file_idx\` ON \`videos\` (\`video_file_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_poster_idx\` ON \`videos\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_recorded_on_idx\` ON \`videos\` (\`recorded_on\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_slug_idx\` ON \`videos\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`videos_demo_idx\` ON \`videos\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`videos_updated_at_idx\` ON \`videos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_created_at_idx\` ON \`videos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`videos__status_idx\` ON \`videos\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__videos_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_video_file_id\` text(36),
  	\`version_external_u_r_l\` text,
  	\`version_poster_id\` text(36),
  	\`version_duration_seconds\` numeric,
  	\`version_recorded_on\` text,
  	\`version_slug\` text,
  	\`version_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_file_id\`) REFERENCES \`video_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__videos_v\`("id", "parent_id", "version_video_file_id", "version_external_u_r_l", "version_poster_id", "version_duration_seconds", "version_recorded_on", "version_slug", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_video_file_id", "version_external_u_r_l", "version_poster_id", "version_duration_seconds", "version_recorded_on", "version_slug", "version_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_videos_v\`;`)
  await db.run(sql`DROP TABLE \`_videos_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__videos_v\` RENAME TO \`_videos_v\`;`)
  await db.run(sql`CREATE INDEX \`_videos_v_parent_idx\` ON \`_videos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_video_file_idx\` ON \`_videos_v\` (\`version_video_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_poster_idx\` ON \`_videos_v\` (\`version_poster_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_recorded_on_idx\` ON \`_videos_v\` (\`version_recorded_on\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_slug_idx\` ON \`_videos_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_demo_idx\` ON \`_videos_v\` (\`version_demo\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_updated_at_idx\` ON \`_videos_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_created_at_idx\` ON \`_videos_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version__status_idx\` ON \`_videos_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_created_at_idx\` ON \`_videos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_updated_at_idx\` ON \`_videos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_snapshot_idx\` ON \`_videos_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_published_locale_idx\` ON \`_videos_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_latest_idx\` ON \`_videos_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_video_files\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`INSERT INTO \`__new_video_files\`("id", "demo", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "demo", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`video_files\`;`)
  await db.run(sql`DROP TABLE \`video_files\`;`)
  await db.run(sql`ALTER TABLE \`__new_video_files\` RENAME TO \`video_files\`;`)
  await db.run(sql`CREATE INDEX \`video_files_demo_idx\` ON \`video_files\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`video_files_updated_at_idx\` ON \`video_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`video_files_created_at_idx\` ON \`video_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`video_files_filename_idx\` ON \`video_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_schools\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`county\` text NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	\`website\` text,
  	\`slug\` text,
  	\`region\` text,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_schools\`("id", "county", "phone", "email", "website", "slug", "region", "demo", "updated_at", "created_at") SELECT "id", "county", "phone", "email", "website", "slug", "region", "demo", "updated_at", "created_at" FROM \`schools\`;`)
  await db.run(sql`DROP TABLE \`schools\`;`)
  await db.run(sql`ALTER TABLE \`__new_schools\` RENAME TO \`schools\`;`)
  await db.run(sql`CREATE INDEX \`schools_county_idx\` ON \`schools\` (\`county\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`schools_slug_idx\` ON \`schools\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`schools_region_idx\` ON \`schools\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`schools_demo_idx\` ON \`schools\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`schools_updated_at_idx\` ON \`schools\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`schools_created_at_idx\` ON \`schools\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__schools_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_county\` text NOT NULL,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_website\` text,
  	\`version_slug\` text,
  	\`version_region\` text,
  	\`version_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__schools_v\`("id", "parent_id", "version_county", "version_phone", "version_email", "version_website", "version_slug", "version_region", "version_demo", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_county", "version_phone", "version_email", "version_website", "version_slug", "version_region", "version_demo", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_schools_v\`;`)
  await db.run(sql`DROP TABLE \`_schools_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__schools_v\` RENAME TO \`_schools_v\`;`)
  await db.run(sql`CREATE INDEX \`_schools_v_parent_idx\` ON \`_schools_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_schools_v_version_version_county_idx\` ON \`_schools_v\` (\`version_county\`);`)
  await db.run(sql`CREATE INDEX \`_schools_v_version_version_slug_idx\` ON \`_schools_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_schools_v_version_version_region_idx\` ON \`_schools_v\` (\`version_region\`);`)
  await db.run(sql`CREATE INDEX \`_schools_v_version_version_demo_idx\` ON \`_schools_v\` (\`version_demo\`);`)
  await db.run(sql`CREATE INDEX \`_schools_v_version_version_updated_at_idx\` ON \`_schools_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_schools_v_version_version_created_at_idx\` ON \`_schools_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_schools_v_created_at_idx\` ON \`_schools_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_schools_v_updated_at_idx\` ON \`_schools_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'admin' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
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
  	\`survey_reports_id\` text(36),
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
  	FOREIGN KEY (\`survey_reports_id\`) REFERENCES \`survey_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "cases_id", "galleries_id", "materials_id", "library_id", "survey_reports_id", "pages_id", "links_id", "project_zones_id", "media_id", "documents_id", "ebooks_id", "videos_id", "video_files_id", "schools_id", "regions_id", "users_id") SELECT "id", "order", "parent_id", "path", "news_id", "cases_id", "galleries_id", "materials_id", "library_id", "survey_reports_id", "pages_id", "links_id", "project_zones_id", "media_id", "documents_id", "ebooks_id", "videos_id", "video_files_id", "schools_id", "regions_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_galleries_id_idx\` ON \`payload_locked_documents_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`materials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_library_id_idx\` ON \`payload_locked_documents_rels\` (\`library_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_reports_id\`);`)
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
