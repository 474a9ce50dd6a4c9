UPDATE `b` SET `a_id` = NULL WHERE `a_id` IS NOT NULL;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
DROP TABLE `b`;