CREATE TABLE `vote_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`module` text NOT NULL,
	`process_id` text NOT NULL,
	`channel` text NOT NULL,
	`address_key` text NOT NULL,
	`code_hash` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer
);
--> statement-breakpoint
CREATE INDEX `vote_codes_address` ON `vote_codes` (`process_id`,`address_key`);--> statement-breakpoint
CREATE TABLE `rd_election_ballots` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`election_id` text NOT NULL,
	`constituency` text NOT NULL,
	`choices` text NOT NULL,
	`person_key` text,
	`contact_key` text,
	`receipt` text NOT NULL,
	`cast_at` integer NOT NULL,
	FOREIGN KEY (`election_id`) REFERENCES `rd_elections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rd_election_ballots_person` ON `rd_election_ballots` (`election_id`,`person_key`);--> statement-breakpoint
CREATE INDEX `rd_election_ballots_contact` ON `rd_election_ballots` (`election_id`,`contact_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `rd_election_ballots_receipt` ON `rd_election_ballots` (`receipt`);--> statement-breakpoint
CREATE TABLE `rd_election_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`election_id` text NOT NULL,
	`contact_key` text NOT NULL,
	`ballot_id` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`election_id`) REFERENCES `rd_elections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `rd_elections` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`body_id` text NOT NULL,
	`call_id` text NOT NULL,
	`voting_from` text NOT NULL,
	`voting_to` text NOT NULL,
	`votes_per_ballot` integer DEFAULT 1 NOT NULL,
	`electorate` text NOT NULL,
	`voter_min_age` integer,
	`voter_max_age` integer,
	`results` text,
	`lots` text DEFAULT '[]' NOT NULL,
	`counted_at` integer,
	`published_at` integer,
	`erase_after` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `rd_bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`call_id`) REFERENCES `rd_calls`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rd_elections_call` ON `rd_elections` (`call_id`);--> statement-breakpoint
CREATE INDEX `rd_elections_body` ON `rd_elections` (`body_id`);--> statement-breakpoint
CREATE TABLE `rd_electors` (
	`id` text PRIMARY KEY NOT NULL,
	`election_id` text NOT NULL,
	`constituency` text NOT NULL,
	`person_key` text NOT NULL,
	FOREIGN KEY (`election_id`) REFERENCES `rd_elections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rd_electors_person` ON `rd_electors` (`election_id`,`person_key`);