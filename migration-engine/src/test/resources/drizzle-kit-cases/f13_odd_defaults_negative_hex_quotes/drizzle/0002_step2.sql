ALTER TABLE `odd` RENAME COLUMN "s" TO "said";--> statement-breakpoint
ALTER TABLE `odd` RENAME COLUMN "n" TO "amount";