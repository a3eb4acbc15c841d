CREATE TABLE `db_write_guards` (
	`refused` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `bo_editions` ADD `version` integer DEFAULT 1 NOT NULL;