CREATE TABLE `bo_appeals` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`project_id` text NOT NULL,
	`text` text NOT NULL,
	`filed_at` integer NOT NULL,
	`decision` text,
	`reason` text,
	`decided_by` text,
	`decided_at` integer,
	FOREIGN KEY (`project_id`) REFERENCES `bo_projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bo_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`project_id` text NOT NULL,
	`stage` text NOT NULL,
	`positive` integer NOT NULL,
	`criteria` text NOT NULL,
	`justification` text NOT NULL,
	`revised_cost` integer,
	`decided_by` text NOT NULL,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `bo_projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bo_assessments_project` ON `bo_assessments` (`project_id`);--> statement-breakpoint
CREATE TABLE `bo_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`project_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`data` blob NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `bo_projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bo_attachments_project` ON `bo_attachments` (`project_id`);--> statement-breakpoint
CREATE TABLE `bo_coauthors` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`project_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`token_hash` text NOT NULL,
	`confirmed_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `bo_projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bo_coauthors_token_hash_unique` ON `bo_coauthors` (`token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `bo_coauthors_email` ON `bo_coauthors` (`project_id`,`email`);--> statement-breakpoint
CREATE TABLE `bo_conflicts` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`edition_id` text NOT NULL,
	`project_ids` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `bo_editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bo_editions` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`resolution_number` text NOT NULL,
	`resolution_date` text NOT NULL,
	`resolution_publication` text,
	`expenditures_last_report` integer,
	`rules` text NOT NULL,
	`announced_phase` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bo_editions_tenant_year` ON `bo_editions` (`tenant_id`,`year`);--> statement-breakpoint
CREATE TABLE `bo_phases` (
	`edition_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`phase` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	PRIMARY KEY(`edition_id`, `phase`),
	FOREIGN KEY (`edition_id`) REFERENCES `bo_editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bo_pools` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`edition_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`areas` text NOT NULL,
	`amount` integer NOT NULL,
	`min_project_cost` integer NOT NULL,
	`max_project_cost` integer NOT NULL,
	`residents` integer NOT NULL,
	`residents_source` text NOT NULL,
	`required_supporters` integer NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `bo_editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bo_pools_code` ON `bo_pools` (`edition_id`,`code`);--> statement-breakpoint
CREATE TABLE `bo_project_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` text NOT NULL,
	`project_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text,
	`note` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `bo_projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bo_project_events_project` ON `bo_project_events` (`project_id`,`id`);--> statement-breakpoint
CREATE TABLE `bo_projects` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`edition_id` text NOT NULL,
	`pool_id` text,
	`number` integer,
	`status` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`category` text,
	`beneficiaries` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`lat` real,
	`lng` real,
	`cost_items` text NOT NULL,
	`cost` integer DEFAULT 0 NOT NULL,
	`revised_cost` integer,
	`extra` text NOT NULL,
	`author_name` text NOT NULL,
	`author_email` text NOT NULL,
	`author_token_hash` text NOT NULL,
	`author_residence_declared` integer NOT NULL,
	`paper_supporters` integer DEFAULT 0 NOT NULL,
	`verifier_id` text,
	`appeal_deadline` integer,
	`submitted_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `bo_editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bo_projects_author_token_hash_unique` ON `bo_projects` (`author_token_hash`);--> statement-breakpoint
CREATE INDEX `bo_projects_edition` ON `bo_projects` (`edition_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `bo_projects_number` ON `bo_projects` (`edition_id`,`number`);--> statement-breakpoint
CREATE TABLE `bo_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`project_id` text NOT NULL,
	`text` text NOT NULL,
	`asked_by` text NOT NULL,
	`asked_at` integer NOT NULL,
	`deadline` integer NOT NULL,
	`answer` text,
	`answered_at` integer,
	FOREIGN KEY (`project_id`) REFERENCES `bo_projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bo_supports` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`project_id` text NOT NULL,
	`person_key` text NOT NULL,
	`name` text NOT NULL,
	`address` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `bo_projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bo_supports_person` ON `bo_supports` (`project_id`,`person_key`);