CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text,
	`born` integer,
	`score` integer DEFAULT 0
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_email_nocase` ON `people` ("email" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `people_born_desc` ON `people` ("born" DESC,"name" COLLATE NOCASE ASC);--> statement-breakpoint
CREATE INDEX `people_name_len` ON `people` (length("name"),lower("email"));--> statement-breakpoint
CREATE INDEX `people_score_partial` ON `people` (`score`) WHERE "people"."score" > 10 AND "people"."name" IS NOT NULL;