ALTER TABLE `t` RENAME COLUMN "c" TO "d";--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "b" TO "c";--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "a" TO "b";