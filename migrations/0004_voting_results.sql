CREATE TABLE `bo_implementation` (
	`project_id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`edition_id` text NOT NULL,
	`scope` text NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `bo_editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bo_implementation_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`project_id` text NOT NULL,
	`text` text NOT NULL,
	`photo_id` text,
	`author_id` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `bo_implementation_notes_project` ON `bo_implementation_notes` (`project_id`,`at`);--> statement-breakpoint
CREATE TABLE `bo_paper_cards` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`edition_id` text NOT NULL,
	`card_number` text NOT NULL,
	`data` text NOT NULL,
	`flags` text NOT NULL,
	`status` text NOT NULL,
	`entered_by` text NOT NULL,
	`entered_at` integer NOT NULL,
	`decided_by` text,
	`decided_at` integer,
	`reason` text,
	`ballot_id` text,
	FOREIGN KEY (`edition_id`) REFERENCES `bo_editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bo_paper_cards_edition` ON `bo_paper_cards` (`edition_id`,`status`);--> statement-breakpoint
CREATE TABLE `bo_results` (
	`edition_id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`data` text NOT NULL,
	`computed_by` text NOT NULL,
	`computed_at` integer NOT NULL,
	`published_by` text,
	`published_at` integer,
	FOREIGN KEY (`edition_id`) REFERENCES `bo_editions`(`id`) ON UPDATE no action ON DELETE no action
);
