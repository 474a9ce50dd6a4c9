ALTER TABLE `t` RENAME COLUMN "a" TO "b";--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "c" TO "a";