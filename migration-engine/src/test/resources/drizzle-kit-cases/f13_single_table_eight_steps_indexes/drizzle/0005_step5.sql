DROP INDEX `acc_by_score`;--> statement-breakpoint
ALTER TABLE `acc` DROP COLUMN `points`;