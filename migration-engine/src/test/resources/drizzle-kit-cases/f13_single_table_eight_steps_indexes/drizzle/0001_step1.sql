DROP INDEX `acc_score_idx`;--> statement-breakpoint
CREATE INDEX `acc_by_score` ON `acc` (`score`);