DROP TABLE `t37`;--> statement-breakpoint
CREATE TABLE `T37` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c61` blob,
	`c62` numeric,
	`c63` numeric,
	`c64` integer,
	FOREIGN KEY (`c64`) REFERENCES `T37`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck67" CHECK("c64" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `T37_c62_unique` ON `T37` (`c62`);--> statement-breakpoint
CREATE UNIQUE INDEX `T37_c63_unique` ON `T37` (`c63`);--> statement-breakpoint
CREATE INDEX `ix66` ON `T37` (`c61`) WHERE "c61" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ex68` ON `T37` (substr("c62", 1, 3));--> statement-breakpoint
ALTER TABLE `t14` ADD `c72` integer REFERENCES `group`(`id`) ON UPDATE no action ON DELETE set default;--> statement-breakpoint
CREATE VIEW `v71` AS SELECT "c9" AS "a69", "c8" AS "a70" FROM "t7";