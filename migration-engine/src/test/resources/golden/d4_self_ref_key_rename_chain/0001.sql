ALTER TABLE `nodes` RENAME COLUMN "id" TO "node_id";--> statement-breakpoint
ALTER TABLE `nodes` RENAME COLUMN "parent_id" TO "id";