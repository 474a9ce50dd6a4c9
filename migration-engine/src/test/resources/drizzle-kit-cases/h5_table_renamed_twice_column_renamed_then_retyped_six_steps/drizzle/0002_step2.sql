ALTER TABLE `clients` RENAME COLUMN "score" TO "rating";--> statement-breakpoint
DROP INDEX `customers_score_idx`;--> statement-breakpoint
CREATE INDEX `customers_score_idx` ON `clients` (`rating`);