UPDATE `a` SET `b_id` = NULL;--> statement-breakpoint
UPDATE `b` SET `a_id` = NULL;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
DROP TABLE `b`;