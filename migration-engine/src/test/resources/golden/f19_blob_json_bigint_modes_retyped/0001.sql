PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_docs` (
	`id` integer PRIMARY KEY NOT NULL,
	`meta` text,
	`big` integer,
	`payload` blob
);
--> statement-breakpoint
INSERT INTO `__new_docs`(`id`,`meta`,`big`,`payload`) SELECT `id`, `meta`, `big`, `payload` FROM `docs`;--> statement-breakpoint
DROP TABLE `docs`;--> statement-breakpoint
ALTER TABLE `__new_docs` RENAME TO `docs`;--> statement-breakpoint
CREATE INDEX `docs_meta_valid_idx` ON `docs` (`meta`) WHERE json_valid("meta");--> statement-breakpoint
PRAGMA foreign_keys=ON;