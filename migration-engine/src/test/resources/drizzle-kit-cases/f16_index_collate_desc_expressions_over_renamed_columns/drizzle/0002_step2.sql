ALTER TABLE `people` RENAME TO `members`;--> statement-breakpoint
ALTER TABLE `members` RENAME COLUMN "name" TO "full_name";--> statement-breakpoint
DROP INDEX `people_born_desc`;--> statement-breakpoint
DROP INDEX `people_name_len`;--> statement-breakpoint
DROP INDEX `people_score_partial`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`mail` text NOT NULL,
	`full_name` text,
	`birth_year` integer,
	`score` real DEFAULT 0
);
--> statement-breakpoint
INSERT INTO `__new_members`("id", "mail", "full_name", "birth_year", "score") SELECT "id", "mail", "full_name", "birth_year", "score" FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
ALTER TABLE `__new_members` RENAME TO `members`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `people_email_nocase` ON `members` (`"mail" COLLATE NOCASE`);--> statement-breakpoint
CREATE INDEX `people_born_desc` ON `members` (`"birth_year" DESC`,`"full_name" COLLATE NOCASE ASC`);--> statement-breakpoint
CREATE INDEX `people_name_len` ON `members` (`length("full_name")`,`lower("mail")`);--> statement-breakpoint
CREATE INDEX `people_score_partial` ON `members` (`score`) WHERE "members"."score" > 10 AND "members"."full_name" IS NOT NULL;