CREATE TABLE `files` (
	`id` text PRIMARY KEY NOT NULL,
	`module` text NOT NULL,
	`tenant_id` text NOT NULL,
	`owner_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`data` blob NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `files_owner` ON `files` (`module`,`owner_id`);