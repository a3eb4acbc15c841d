INSERT INTO `files` (`id`, `module`, `tenant_id`, `owner_id`, `kind`, `name`, `mime`, `size`, `data`, `created_at`) SELECT `id`, 'budget', `tenant_id`, `project_id`, `kind`, `name`, `mime`, `size`, `data`, `created_at` FROM `bo_attachments`;--> statement-breakpoint
DROP TABLE `bo_attachments`;
