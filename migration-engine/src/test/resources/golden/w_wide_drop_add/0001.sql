DROP INDEX `w_c10_uq`;--> statement-breakpoint
DROP INDEX `w_c04_c06_idx`;--> statement-breakpoint
ALTER TABLE `wide` ADD `n1` text;--> statement-breakpoint
ALTER TABLE `wide` ADD `n2` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `wide` ADD `n3` real DEFAULT -2.5;--> statement-breakpoint
ALTER TABLE `wide` ADD `c05x` text DEFAULT 'new';--> statement-breakpoint
ALTER TABLE `wide` ADD `n5` blob;--> statement-breakpoint
ALTER TABLE `wide` DROP COLUMN `c02`;--> statement-breakpoint
ALTER TABLE `wide` DROP COLUMN `c04`;--> statement-breakpoint
ALTER TABLE `wide` DROP COLUMN `c05`;--> statement-breakpoint
ALTER TABLE `wide` DROP COLUMN `c07`;--> statement-breakpoint
ALTER TABLE `wide` DROP COLUMN `c09`;--> statement-breakpoint
ALTER TABLE `wide` DROP COLUMN `c10`;--> statement-breakpoint
ALTER TABLE `wide` DROP COLUMN `c13`;--> statement-breakpoint
ALTER TABLE `wide` DROP COLUMN `c15`;--> statement-breakpoint
ALTER TABLE `wide` DROP COLUMN `c16`;--> statement-breakpoint
ALTER TABLE `wide` DROP COLUMN `c18`;--> statement-breakpoint
CREATE INDEX `w_n1_idx` ON `wide` (`n1`,`c06`);