UPDATE `cat` SET `up` = `id` WHERE `tenant_id` IS NOT NULL AND `up` IS NOT NULL;--> statement-breakpoint
UPDATE `node` SET `parent_id` = NULL WHERE `parent_id` IS NOT NULL;--> statement-breakpoint
DROP TABLE `cat`;--> statement-breakpoint
DROP TABLE `node`;