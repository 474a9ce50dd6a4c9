UPDATE `tree` SET `parent_id` = NULL;--> statement-breakpoint
DROP TABLE `tree`;