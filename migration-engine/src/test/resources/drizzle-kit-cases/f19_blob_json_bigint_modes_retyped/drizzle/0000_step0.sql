CREATE TABLE `docs` (
	`id` integer PRIMARY KEY NOT NULL,
	`meta` blob,
	`big` blob,
	`payload` text
);
--> statement-breakpoint
CREATE INDEX `docs_meta_valid_idx` ON `docs` (`meta`) WHERE json_valid("docs"."meta");