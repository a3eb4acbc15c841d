CREATE TABLE `ks_comment_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`consultation_id` text NOT NULL,
	`number` integer NOT NULL,
	`representative_id` text NOT NULL,
	`size` integer NOT NULL,
	`identical` integer NOT NULL,
	`variants` integer NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`consultation_id`) REFERENCES `ks_consultations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ks_comment_groups_number` ON `ks_comment_groups` (`consultation_id`,`number`);--> statement-breakpoint
CREATE TABLE `ks_comment_revisions` (
	`comment_id` text NOT NULL,
	`revision` integer NOT NULL,
	`tenant_id` text NOT NULL,
	`paragraph_id` text,
	`quoted_passage` text NOT NULL,
	`proposal` text NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`comment_id`, `revision`),
	FOREIGN KEY (`comment_id`) REFERENCES `ks_comments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `ks_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`consultation_id` text NOT NULL,
	`number` integer NOT NULL,
	`receipt_hash` text NOT NULL,
	`document_version` integer,
	`paragraph_id` text,
	`quoted_passage` text DEFAULT '' NOT NULL,
	`proposal` text DEFAULT '' NOT NULL,
	`text` text NOT NULL,
	`survey_answers` text,
	`author_kind` text NOT NULL,
	`author_name` text,
	`author_address` text,
	`author_email` text,
	`organization_id` text,
	`organization_name` text,
	`organization_register` text,
	`channel` text NOT NULL,
	`meeting_id` text,
	`entered_by` text,
	`received_on` text,
	`status` text NOT NULL,
	`confirm_token_hash` text,
	`confirm_expires_at` integer,
	`confirmed_at` integer,
	`withdrawn_at` integer,
	`hidden_at` integer,
	`hidden_by` text,
	`hidden_reason` text,
	`group_id` text,
	`lang` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`erase_after` integer,
	`erased_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`consultation_id`) REFERENCES `ks_consultations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ks_comments_number` ON `ks_comments` (`consultation_id`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `ks_comments_receipt` ON `ks_comments` (`receipt_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `ks_comments_confirm_token` ON `ks_comments` (`confirm_token_hash`);--> statement-breakpoint
CREATE INDEX `ks_comments_consultation_status` ON `ks_comments` (`consultation_id`,`status`);--> statement-breakpoint
CREATE INDEX `ks_comments_group` ON `ks_comments` (`group_id`);--> statement-breakpoint
CREATE INDEX `ks_comments_erase` ON `ks_comments` (`erase_after`);--> statement-breakpoint
CREATE TABLE `ks_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`consultation_id` text NOT NULL,
	`comment_id` text,
	`group_id` text,
	`status` text NOT NULL,
	`kind` text,
	`justification` text DEFAULT '' NOT NULL,
	`prepared_by` text NOT NULL,
	`approved_by` text,
	`history` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`consultation_id`) REFERENCES `ks_consultations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ks_answers_comment` ON `ks_answers` (`comment_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `ks_answers_group` ON `ks_answers` (`group_id`);--> statement-breakpoint
CREATE INDEX `ks_answers_consultation_status` ON `ks_answers` (`consultation_id`,`status`);--> statement-breakpoint
CREATE TABLE `ks_meeting_signups` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`meeting_id` text NOT NULL,
	`name` text,
	`email` text,
	`email_key` text NOT NULL,
	`needs` text DEFAULT '' NOT NULL,
	`cancel_token_hash` text NOT NULL,
	`attended` integer,
	`lang` text NOT NULL,
	`cancelled_at` integer,
	`erase_after` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `ks_meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ks_meeting_signups_email` ON `ks_meeting_signups` (`meeting_id`,`email_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `ks_meeting_signups_cancel` ON `ks_meeting_signups` (`cancel_token_hash`);--> statement-breakpoint
CREATE INDEX `ks_meeting_signups_erase` ON `ks_meeting_signups` (`erase_after`);--> statement-breakpoint
CREATE TABLE `ks_meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`consultation_id` text NOT NULL,
	`number` integer NOT NULL,
	`mode` text NOT NULL,
	`title` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`place` text NOT NULL,
	`accessibility` text DEFAULT '' NOT NULL,
	`capacity` integer,
	`signed_up` integer DEFAULT 0 NOT NULL,
	`attendance` integer,
	`minutes_file_id` text,
	`cancelled_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`consultation_id`) REFERENCES `ks_consultations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ks_meetings_number` ON `ks_meetings` (`consultation_id`,`number`);--> statement-breakpoint
CREATE TABLE `ks_advisory_opinions` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`consultation_id` text NOT NULL,
	`body_name` text NOT NULL,
	`email` text NOT NULL,
	`required` integer NOT NULL,
	`due_on` text,
	`opinion` text,
	`opinion_file_id` text,
	`received_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`consultation_id`) REFERENCES `ks_consultations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ks_advisory_opinions_consultation` ON `ks_advisory_opinions` (`consultation_id`);--> statement-breakpoint
CREATE TABLE `ks_invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`consultation_id` text NOT NULL,
	`channel` text NOT NULL,
	`recipient_key` text NOT NULL,
	`recipient_name` text,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`consultation_id`) REFERENCES `ks_consultations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ks_invitations_recipient` ON `ks_invitations` (`consultation_id`,`channel`,`recipient_key`);--> statement-breakpoint
CREATE INDEX `ks_invitations_consultation` ON `ks_invitations` (`consultation_id`);--> statement-breakpoint
CREATE TABLE `ks_subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`email` text,
	`email_key` text NOT NULL,
	`lang` text NOT NULL,
	`confirm_token_hash` text,
	`confirm_expires_at` integer,
	`confirmed_at` integer,
	`unsubscribe_token_hash` text NOT NULL,
	`unsubscribed_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ks_subscriptions_email` ON `ks_subscriptions` (`tenant_id`,`email_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `ks_subscriptions_confirm` ON `ks_subscriptions` (`confirm_token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `ks_subscriptions_unsubscribe` ON `ks_subscriptions` (`unsubscribe_token_hash`);--> statement-breakpoint
CREATE TABLE `ks_reports` (
	`consultation_id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`content` text NOT NULL,
	`published_by` text NOT NULL,
	`published_at` integer NOT NULL,
	FOREIGN KEY (`consultation_id`) REFERENCES `ks_consultations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `ks_consultations` ADD `comments_public` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `ks_consultations` ADD `answer_review` text DEFAULT 'single' NOT NULL;--> statement-breakpoint
ALTER TABLE `ks_consultations` ADD `survey` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `ks_consultations` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `ks_consultations` ADD `report_reminder_sent_at` integer;