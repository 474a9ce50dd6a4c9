ALTER TABLE `t` RENAME COLUMN "Name" TO "b";--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "a" TO "name";