PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `c` RENAME TO `kids`;--> statement-breakpoint
ALTER TABLE `kids` RENAME COLUMN "keep" TO "kept";--> statement-breakpoint
CREATE TABLE `r` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_id` integer,
	`kid_id` integer,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`kid_id`) REFERENCES `kids`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `c_old_note_idx`;--> statement-breakpoint
ALTER TABLE `kids` ADD `status` text DEFAULT 'new' NOT NULL;--> statement-breakpoint
ALTER TABLE `kids` DROP COLUMN `old_note`;--> statement-breakpoint
CREATE INDEX `kids_kept_idx` ON `kids` (`kept`);--> statement-breakpoint
CREATE TABLE `__old_p` AS SELECT * FROM `p`;--> statement-breakpoint
CREATE TABLE `__old_kids` AS SELECT * FROM `kids`;--> statement-breakpoint
DELETE FROM `kids`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
INSERT INTO `p`(`id`,`v`) SELECT `id`, coalesce(`v`, '') FROM `__old_p`;--> statement-breakpoint
INSERT INTO `kids`(`id`,`p_id`,`kept`,`status`) SELECT `id`,`p_id`,`kept`,`status` FROM `__old_kids`;--> statement-breakpoint
DROP TABLE `__old_p`;--> statement-breakpoint
DROP TABLE `__old_kids`;--> statement-breakpoint
PRAGMA foreign_keys=ON;