import * as migration_20261123_004246_initial from './20261123_004246_initial';
import * as migration_20261123_020524_locale_parent_indexes from './20261123_020524_locale_parent_indexes';
import * as migration_20261123_142740_survey_reports from './20261123_142740_survey_reports';
import * as migration_20261123_181958_accounts_workflow_trash from './20261123_181958_accounts_workflow_trash';
import * as migration_20261123_185129_audit_log_automation_accounts from './20261123_185129_audit_log_automation_accounts';
import * as migration_20261123_193351_review_school from './20261123_193351_review_school';
import * as migration_20261123_200300_site_builds from './20261123_200300_site_builds';
import * as migration_20261123_202631_scheduled_publishing from './20261123_202631_scheduled_publishing';
import * as migration_20261123_234124_media_facts_and_schedule_failures from './20261123_234124_media_facts_and_schedule_failures';

export const migrations = [
  {
    up: migration_20261123_004246_initial.up,
    down: migration_20261123_004246_initial.down,
    name: '20261123_004246_initial',
  },
  {
    up: migration_20261123_020524_locale_parent_indexes.up,
    down: migration_20261123_020524_locale_parent_indexes.down,
    name: '20261123_020524_locale_parent_indexes',
  },
  {
    up: migration_20261123_142740_survey_reports.up,
    down: migration_20261123_142740_survey_reports.down,
    name: '20261123_142740_survey_reports',
  },
  {
    up: migration_20261123_181958_accounts_workflow_trash.up,
    down: migration_20261123_181958_accounts_workflow_trash.down,
    name: '20261123_181958_accounts_workflow_trash',
  },
  {
    up: migration_20261123_185129_audit_log_automation_accounts.up,
    down: migration_20261123_185129_audit_log_automation_accounts.down,
    name: '20261123_185129_audit_log_automation_accounts',
  },
  {
    up: migration_20261123_193351_review_school.up,
    down: migration_20261123_193351_review_school.down,
    name: '20261123_193351_review_school',
  },
  {
    up: migration_20261123_200300_site_builds.up,
    down: migration_20261123_200300_site_builds.down,
    name: '20261123_200300_site_builds',
  },
  {
    up: migration_20261123_202631_scheduled_publishing.up,
    down: migration_20261123_202631_scheduled_publishing.down,
    name: '20261123_202631_scheduled_publishing',
  },
  {
    up: migration_20261123_234124_media_facts_and_schedule_failures.up,
    down: migration_20261123_234124_media_facts_and_schedule_failures.down,
    name: '20261123_234124_media_facts_and_schedule_failures'
  },
];
