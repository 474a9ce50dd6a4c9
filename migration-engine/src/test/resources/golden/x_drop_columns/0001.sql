PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_p` AS SELECT * FROM `p`;--> statement-breakpoint
CREATE TABLE `__old_q` AS SELECT * FROM `q`;--> statement-breakpoint
DROP TABLE `q`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`d` text
);
--> statement-breakpoint
CREATE INDEX `p_d_idx` ON `p` (`d`) WHERE "d" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `q` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_id` integer,
	`note` text,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `p`(`id`,`d`) SELECT `id`, `d` FROM `__old_p`;--> statement-breakpoint
INSERT INTO `q`(`id`,`p_id`,`note`) SELECT `id`, `p_id`, `note` FROM `__old_q`;--> statement-breakpoint
DROP TABLE `__old_p`;--> statement-breakpoint
DROP TABLE `__old_q`;--> statement-breakpoint
PRAGMA foreign_keys=ON;