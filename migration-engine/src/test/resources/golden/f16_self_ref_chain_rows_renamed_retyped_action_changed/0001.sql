ALTER TABLE `nodes` RENAME TO `tree`;--> statement-breakpoint
ALTER TABLE `tree` RENAME COLUMN "id" TO "node_id";--> statement-breakpoint
ALTER TABLE `tree` RENAME COLUMN "parent_id" TO "up_id";