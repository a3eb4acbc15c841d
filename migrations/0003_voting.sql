CREATE TABLE `bo_ballot_choices` (
	`ballot_id` text NOT NULL,
	`pool_id` text NOT NULL,
	`project_id` text NOT NULL,
	`points` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`ballot_id`, `project_id`),
	FOREIGN KEY (`ballot_id`) REFERENCES `bo_ballots`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bo_ballot_choices_project` ON `bo_ballot_choices` (`project_id`);--> statement-breakpoint
CREATE TABLE `bo_ballot_identities` (
	`ballot_id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`first_name` text,
	`last_name` text,
	`address` text,
	`pesel` text,
	`guardian_name` text,
	`erased_at` integer,
	FOREIGN KEY (`ballot_id`) REFERENCES `bo_ballots`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bo_ballots` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`edition_id` text NOT NULL,
	`channel` text NOT NULL,
	`status` text NOT NULL,
	`status_reason` text,
	`person_key` text NOT NULL,
	`receipt` text NOT NULL,
	`age_band` text,
	`sex` text,
	`cast_at` integer NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `bo_editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bo_ballots_receipt_unique` ON `bo_ballots` (`receipt`);--> statement-breakpoint
CREATE INDEX `bo_ballots_edition` ON `bo_ballots` (`edition_id`,`status`);--> statement-breakpoint
CREATE INDEX `bo_ballots_person` ON `bo_ballots` (`edition_id`,`person_key`);--> statement-breakpoint
CREATE TABLE `bo_vote_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`edition_id` text NOT NULL,
	`channel` text NOT NULL,
	`address_key` text NOT NULL,
	`code_hash` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`edition_id`) REFERENCES `bo_editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bo_vote_codes_address` ON `bo_vote_codes` (`edition_id`,`address_key`);--> statement-breakpoint
CREATE TABLE `bo_vote_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`edition_id` text NOT NULL,
	`channel` text NOT NULL,
	`order_seed` text NOT NULL,
	`draft` text,
	`ballot_id` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `bo_editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bo_voters` (
	`edition_id` text NOT NULL,
	`person_key` text NOT NULL,
	`first_ballot_id` text NOT NULL,
	`ballots` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`edition_id`, `person_key`),
	FOREIGN KEY (`edition_id`) REFERENCES `bo_editions`(`id`) ON UPDATE no action ON DELETE no action
);
