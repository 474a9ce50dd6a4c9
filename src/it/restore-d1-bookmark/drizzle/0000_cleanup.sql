-- Custom SQL migration file, put your code below! --
ALTER TABLE `people` DROP COLUMN `email`;--> statement-breakpoint
DELETE FROM `people` WHERE `id` > 1;--> statement-breakpoint
CREATE TABLE `scratch` (`x` integer);
