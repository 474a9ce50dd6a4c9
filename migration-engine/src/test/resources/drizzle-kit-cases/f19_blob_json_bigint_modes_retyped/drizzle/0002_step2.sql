PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_docs` (
	`id` integer PRIMARY KEY NOT NULL,
	`meta` blob,
	`big` blob,
	`payload` text
);
--> statement-breakpoint
INSERT INTO `__new_docs`("id", "meta", "big", "payload") SELECT "id", "meta", "big", "payload" FROM `docs`;--> statement-breakpoint
DROP TABLE `docs`;--> statement-breakpoint
ALTER TABLE `__new_docs` RENAME TO `docs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `docs_meta_valid_idx` ON `docs` (`meta`) WHERE json_valid("docs"."meta");