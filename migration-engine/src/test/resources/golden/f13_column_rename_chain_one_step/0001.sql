ALTER TABLE `m` RENAME COLUMN "y" TO "z";--> statement-breakpoint
ALTER TABLE `m` RENAME COLUMN "x" TO "y";--> statement-breakpoint
DROP INDEX `m_y_pos`;--> statement-breakpoint
ALTER TABLE `m` ADD `x` real DEFAULT 0.5;--> statement-breakpoint
CREATE UNIQUE INDEX `m_y_pos` ON `m` (`z`) WHERE "z" > 0;