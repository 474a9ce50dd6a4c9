ALTER TABLE `nodes` RENAME COLUMN "parent" TO "parent_id";--> statement-breakpoint
CREATE INDEX `nodes_parent_idx` ON `nodes` (`tree`,`parent_id`);