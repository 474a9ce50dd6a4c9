ALTER TABLE `acc` RENAME COLUMN "score" TO "points";--> statement-breakpoint
DROP INDEX `acc_by_score`;--> statement-breakpoint
CREATE INDEX `acc_by_score` ON `acc` (`points`);