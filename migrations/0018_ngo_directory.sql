CREATE TABLE `organization_tenants` (
	`organization_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	PRIMARY KEY(`organization_id`, `tenant_id`),
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organization_tenants_tenant` ON `organization_tenants` (`tenant_id`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`search_text` text NOT NULL,
	`legal_form` text NOT NULL,
	`register` text NOT NULL,
	`register_name` text,
	`register_key` text NOT NULL,
	`register_number` text NOT NULL,
	`areas` text NOT NULL,
	`description` text,
	`website` text,
	`status` text NOT NULL,
	`refusal_reason` text,
	`decided_at` integer,
	`decided_by` text,
	`added_by` text,
	`contact_email` text NOT NULL,
	`representative_name` text NOT NULL,
	`lang` text NOT NULL,
	`confirm_token_hash` text,
	`confirm_expires_at` integer,
	`email_confirmed_at` integer,
	`representative_key_hash` text,
	`representative_next_key_hash` text,
	`last_active_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_register_listed` ON `organizations` (`register_key`,`register_number`) WHERE status IN ('pending', 'verified');--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_confirm_token` ON `organizations` (`confirm_token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_representative_key` ON `organizations` (`representative_key_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_representative_next_key` ON `organizations` (`representative_next_key_hash`);--> statement-breakpoint
CREATE INDEX `organizations_status_name` ON `organizations` (`status`,`search_text`);