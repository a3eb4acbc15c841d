PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text,
	`channel` text NOT NULL,
	`kind` text DEFAULT 'other' NOT NULL,
	`recipient_hash` text,
	`to` text,
	`subject` text,
	`text` text,
	`driver` text NOT NULL,
	`status` text NOT NULL,
	`error` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_outbox`("id", "tenant_id", "channel", "kind", "recipient_hash", "to", "subject", "text", "driver", "status", "error", "created_at") SELECT "id", "tenant_id", "channel", "kind", "recipient_hash", "to", "subject", "text", "driver", "status", "error", "created_at" FROM `outbox`;--> statement-breakpoint
DROP TABLE `outbox`;--> statement-breakpoint
ALTER TABLE `__new_outbox` RENAME TO `outbox`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `outbox_created` ON `outbox` (`created_at`);