ALTER TABLE `regions` RENAME COLUMN "id" TO "region_no";--> statement-breakpoint
ALTER TABLE `regions` RENAME COLUMN "code" TO "iso";--> statement-breakpoint
DROP INDEX `regions_code_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `regions_iso_unique` ON `regions` (`iso`);