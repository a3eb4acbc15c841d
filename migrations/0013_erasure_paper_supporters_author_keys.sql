ALTER TABLE `bo_editions` ADD `personal_data_erased_at` integer;--> statement-breakpoint
ALTER TABLE `bo_projects` ADD `author_next_token_hash` text;--> statement-breakpoint
ALTER TABLE `bo_projects` ADD `paper_supporters_verified` integer;--> statement-breakpoint
UPDATE `bo_projects` SET `paper_supporters_verified` = `paper_supporters` WHERE `id` IN (SELECT `entity_id` FROM `audit_log` WHERE `action` = 'bo.paper-supporters' AND `entity` = 'bo_project');
