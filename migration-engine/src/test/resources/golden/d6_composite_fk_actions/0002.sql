ALTER TABLE `org` RENAME COLUMN "num" TO "number";--> statement-breakpoint
ALTER TABLE `team` RENAME COLUMN "org_num" TO "org_number";