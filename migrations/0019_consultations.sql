CREATE TABLE `ks_consultations` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`number` integer NOT NULL,
	`preset` text NOT NULL,
	`title` text NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`participants` text DEFAULT '' NOT NULL,
	`area` text DEFAULT '' NOT NULL,
	`forms` text NOT NULL,
	`responsible_unit` text DEFAULT '' NOT NULL,
	`results_form` text DEFAULT '' NOT NULL,
	`report_due_date` text,
	`legal_basis` text NOT NULL,
	`council_resolution` text,
	`order_number` text,
	`order_date` text,
	`audience` text NOT NULL,
	`public_task_areas` text NOT NULL,
	`programme_year` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`launch_warnings` text,
	`starts_at` integer,
	`ends_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ks_consultations_tenant_number` ON `ks_consultations` (`tenant_id`,`number`);--> statement-breakpoint
CREATE INDEX `ks_consultations_tenant_status` ON `ks_consultations` (`tenant_id`,`status`);--> statement-breakpoint
CREATE TABLE `ks_document_versions` (
	`document_id` text NOT NULL,
	`version` integer NOT NULL,
	`tenant_id` text NOT NULL,
	`source_kind` text NOT NULL,
	`source` text NOT NULL,
	`structure` text NOT NULL,
	`file_id` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`document_id`, `version`),
	FOREIGN KEY (`document_id`) REFERENCES `ks_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `ks_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`consultation_id` text NOT NULL,
	`current_version` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`consultation_id`) REFERENCES `ks_consultations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ks_documents_consultation` ON `ks_documents` (`consultation_id`);