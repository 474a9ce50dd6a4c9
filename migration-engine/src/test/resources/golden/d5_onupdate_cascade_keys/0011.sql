ALTER TABLE `nations` RENAME TO `countries`;--> statement-breakpoint
ALTER TABLE `countries` RENAME COLUMN "iso2" TO "code";