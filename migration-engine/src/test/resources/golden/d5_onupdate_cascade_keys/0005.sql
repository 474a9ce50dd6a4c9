ALTER TABLE `regions` RENAME COLUMN "country_code" TO "nation_code";--> statement-breakpoint
ALTER TABLE `cities` RENAME COLUMN "country_code" TO "nation_code";