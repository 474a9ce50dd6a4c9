PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `__keep_uq1` ON `p` (`code`);--> statement-breakpoint
DROP INDEX `uq1`;--> statement-breakpoint
ALTER TABLE `x` RENAME TO `UQ1`;--> statement-breakpoint
CREATE TABLE `__old_kid` AS SELECT * FROM `kid`;--> statement-breakpoint
DROP TABLE `kid`;--> statement-breakpoint
CREATE TABLE `kid` (
	`id` integer PRIMARY KEY NOT NULL,
	`pc` text,
	`up` integer,
	FOREIGN KEY (`up`) REFERENCES `kid`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `kid`(`id`,`pc`,`up`) SELECT `id`, `pc`, `up` FROM `__old_kid`;--> statement-breakpoint
DROP TABLE `__old_kid`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
PRAGMA foreign_keys=ON;