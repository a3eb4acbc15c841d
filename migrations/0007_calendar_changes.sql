CREATE TABLE `bo_calendar_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`edition_id` text NOT NULL,
	`reason` text NOT NULL,
	`changes` text NOT NULL,
	`changed_at` integer NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `bo_editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bo_calendar_changes_edition` ON `bo_calendar_changes` (`edition_id`,`changed_at`);