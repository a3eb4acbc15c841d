DROP INDEX `rd_candidates_org_once`;--> statement-breakpoint
ALTER TABLE `rd_candidates` ADD `organization_once` integer DEFAULT true NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `rd_candidates_org_once` ON `rd_candidates` (`call_id`,`organization_id`) WHERE "rd_candidates"."organization_id" IS NOT NULL AND "rd_candidates"."organization_once" = 1;