CREATE TABLE `bo_vote_contacts` (
	`edition_id` text NOT NULL,
	`contact_key` text NOT NULL,
	`ballots` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`edition_id`, `contact_key`),
	FOREIGN KEY (`edition_id`) REFERENCES `bo_editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `bo_ballot_identities` ADD `contact_key` text;--> statement-breakpoint
ALTER TABLE `bo_vote_sessions` ADD `contact_key` text;