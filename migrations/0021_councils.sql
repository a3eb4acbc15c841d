CREATE TABLE `rd_bodies` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`email` text,
	`status` text NOT NULL,
	`application_id` text,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rd_bodies_slug` ON `rd_bodies` (`tenant_id`,`slug`);--> statement-breakpoint
CREATE INDEX `rd_bodies_tenant` ON `rd_bodies` (`tenant_id`,`kind`);--> statement-breakpoint
CREATE TABLE `rd_statutes` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`body_id` text NOT NULL,
	`version` integer NOT NULL,
	`statute` text NOT NULL,
	`applies` text NOT NULL,
	`valid_from` text NOT NULL,
	`attachment_file_id` text,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`body_id`) REFERENCES `rd_bodies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rd_statutes_version` ON `rd_statutes` (`body_id`,`version`);--> statement-breakpoint
CREATE TABLE `rd_terms` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`body_id` text NOT NULL,
	`number` integer NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `rd_bodies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rd_terms_number` ON `rd_terms` (`body_id`,`number`);--> statement-breakpoint
CREATE TABLE `rd_application_organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`organization_name` text NOT NULL,
	`representative` text NOT NULL,
	`confirmed_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `rd_applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rd_application_organisations_org` ON `rd_application_organisations` (`application_id`,`organization_id`);--> statement-breakpoint
CREATE TABLE `rd_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`number` integer NOT NULL,
	`body_kind` text NOT NULL,
	`applicant_kind` text NOT NULL,
	`applicant_name` text NOT NULL,
	`applicant_key` text NOT NULL,
	`title` text NOT NULL,
	`justification` text DEFAULT '' NOT NULL,
	`contact_email` text,
	`status` text NOT NULL,
	`threshold` integer,
	`filed_on` text,
	`decision_due_on` text,
	`decided_on` text,
	`decision_act` text,
	`refusal_reason` text,
	`body_id` text,
	`reminder_sent_at` integer,
	`erase_after` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rd_applications_number` ON `rd_applications` (`tenant_id`,`number`);--> statement-breakpoint
CREATE INDEX `rd_applications_applicant` ON `rd_applications` (`tenant_id`,`body_kind`,`applicant_key`);--> statement-breakpoint
CREATE TABLE `rd_signatures` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`name` text,
	`address` text,
	`person_key` text NOT NULL,
	`declared_senior` integer NOT NULL,
	`channel` text NOT NULL,
	`signed_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `rd_applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rd_signatures_person` ON `rd_signatures` (`application_id`,`person_key`);--> statement-breakpoint
CREATE TABLE `rd_calls` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`body_id` text NOT NULL,
	`term_id` text,
	`number` integer NOT NULL,
	`seat_category` text NOT NULL,
	`title` text NOT NULL,
	`opens_on` text NOT NULL,
	`deadline` text NOT NULL,
	`election_day` text NOT NULL,
	`term_start` text NOT NULL,
	`status` text NOT NULL,
	`list_published_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `rd_bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`term_id`) REFERENCES `rd_terms`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rd_calls_number` ON `rd_calls` (`tenant_id`,`number`);--> statement-breakpoint
CREATE INDEX `rd_calls_body` ON `rd_calls` (`body_id`);--> statement-breakpoint
CREATE TABLE `rd_candidates` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`call_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`birth_date` text,
	`resident` integer NOT NULL,
	`constituency` text,
	`school` text,
	`statement` text DEFAULT '' NOT NULL,
	`nominated_by` text NOT NULL,
	`organization_id` text,
	`organization_name` text,
	`nomination_file_id` text,
	`status` text NOT NULL,
	`reason` text,
	`guardian_email` text,
	`guardian_token_hash` text,
	`guardian_confirmed_at` integer,
	`key_hash` text NOT NULL,
	`verified_by` text,
	`verified_at` integer,
	`erase_after` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `rd_calls`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rd_candidates_call` ON `rd_candidates` (`call_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `rd_candidates_org_once` ON `rd_candidates` (`call_id`,`organization_id`) WHERE "rd_candidates"."organization_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `rd_candidates_guardian` ON `rd_candidates` (`guardian_token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `rd_candidates_key` ON `rd_candidates` (`key_hash`);--> statement-breakpoint
CREATE TABLE `rd_support` (
	`id` text PRIMARY KEY NOT NULL,
	`candidate_id` text NOT NULL,
	`call_id` text NOT NULL,
	`name` text,
	`birth_date` text,
	`person_key` text NOT NULL,
	`signed_at` integer NOT NULL,
	FOREIGN KEY (`candidate_id`) REFERENCES `rd_candidates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rd_support_person` ON `rd_support` (`candidate_id`,`person_key`);--> statement-breakpoint
CREATE INDEX `rd_support_call` ON `rd_support` (`call_id`,`person_key`);--> statement-breakpoint
CREATE TABLE `rd_attendance` (
	`meeting_id` text NOT NULL,
	`member_id` text NOT NULL,
	`attendance` text NOT NULL,
	`recorded_at` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `member_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `rd_meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `rd_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `rd_meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`body_id` text NOT NULL,
	`number` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`place` text NOT NULL,
	`agenda` text NOT NULL,
	`minutes` text,
	`minutes_file_id` text,
	`cancelled_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `rd_bodies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rd_meetings_number` ON `rd_meetings` (`body_id`,`number`);--> statement-breakpoint
CREATE TABLE `rd_members` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`body_id` text NOT NULL,
	`term_id` text,
	`name` text NOT NULL,
	`email` text,
	`role` text NOT NULL,
	`seat_category` text NOT NULL,
	`represents` text DEFAULT '' NOT NULL,
	`candidate_id` text,
	`starts_on` text NOT NULL,
	`ends_on` text,
	`end_reason` text,
	`end_note` text,
	`key_hash` text,
	`next_key_hash` text,
	`invited_at` integer,
	`last_active_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `rd_bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`term_id`) REFERENCES `rd_terms`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rd_members_body` ON `rd_members` (`body_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `rd_members_key` ON `rd_members` (`key_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `rd_members_next_key` ON `rd_members` (`next_key_hash`);--> statement-breakpoint
CREATE TABLE `rd_posts` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`body_id` text NOT NULL,
	`topic` text NOT NULL,
	`member_id` text NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `rd_bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `rd_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rd_posts_topic` ON `rd_posts` (`body_id`,`topic`,`created_at`);--> statement-breakpoint
CREATE TABLE `rd_inquiries` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`body_id` text NOT NULL,
	`number` integer NOT NULL,
	`resolution_id` text,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`delivered_at` integer NOT NULL,
	`due_on` text,
	`answer` text,
	`answer_file_id` text,
	`answered_at` integer,
	`answered_by` text,
	`reminder_sent_at` integer,
	`overdue_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `rd_bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolution_id`) REFERENCES `rd_resolutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rd_inquiries_number` ON `rd_inquiries` (`body_id`,`number`);--> statement-breakpoint
CREATE INDEX `rd_inquiries_due` ON `rd_inquiries` (`due_on`);--> statement-breakpoint
CREATE TABLE `rd_opinion_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`body_id` text NOT NULL,
	`number` integer NOT NULL,
	`subject` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`consultation_id` text,
	`advisory_opinion_id` text,
	`draft_file_id` text,
	`delivered_at` integer NOT NULL,
	`days` integer,
	`due_on` text,
	`status` text NOT NULL,
	`resolution_id` text,
	`closed_at` integer,
	`youth_offer` integer DEFAULT false NOT NULL,
	`reminder_sent_at` integer,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`body_id`) REFERENCES `rd_bodies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rd_opinion_requests_number` ON `rd_opinion_requests` (`body_id`,`number`);--> statement-breakpoint
CREATE INDEX `rd_opinion_requests_due` ON `rd_opinion_requests` (`status`,`due_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `rd_opinion_requests_consultation` ON `rd_opinion_requests` (`body_id`,`consultation_id`);--> statement-breakpoint
CREATE TABLE `rd_resolutions` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`body_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`request_id` text,
	`meeting_id` text,
	`status` text NOT NULL,
	`number` text,
	`opened_at` integer NOT NULL,
	`closes_at` integer,
	`closed_at` integer,
	`tally` text,
	`adopted_on` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `rd_bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `rd_meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rd_resolutions_body` ON `rd_resolutions` (`body_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `rd_resolutions_number` ON `rd_resolutions` (`body_id`,`number`);--> statement-breakpoint
CREATE TABLE `rd_votes` (
	`resolution_id` text NOT NULL,
	`member_id` text NOT NULL,
	`option` text NOT NULL,
	`cast_at` integer NOT NULL,
	PRIMARY KEY(`resolution_id`, `member_id`),
	FOREIGN KEY (`resolution_id`) REFERENCES `rd_resolutions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `rd_members`(`id`) ON UPDATE no action ON DELETE no action
);
