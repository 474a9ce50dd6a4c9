ALTER TABLE `Codes` RENAME COLUMN "code" TO "key";--> statement-breakpoint
ALTER TABLE `uses` RENAME COLUMN "Code" TO "code";