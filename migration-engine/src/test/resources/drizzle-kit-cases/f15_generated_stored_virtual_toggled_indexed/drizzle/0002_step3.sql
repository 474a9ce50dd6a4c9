ALTER TABLE `people` RENAME COLUMN "first" TO "given";--> statement-breakpoint
DROP INDEX `people_last_uq`;--> statement-breakpoint
ALTER TABLE `people` DROP COLUMN `initials`;--> statement-breakpoint
ALTER TABLE `people` ADD `initials` text GENERATED ALWAYS AS (upper(substr("given", 1, 1) || substr(coalesce("last", ''), 1, 1))) VIRTUAL;--> statement-breakpoint
CREATE INDEX `people_initials_idx` ON `people` (`initials`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_last_uq` ON `people` (`last`) WHERE "people"."full" <> "people"."given";