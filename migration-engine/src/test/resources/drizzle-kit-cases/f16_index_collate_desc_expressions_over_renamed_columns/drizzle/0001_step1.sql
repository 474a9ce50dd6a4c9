ALTER TABLE `people` RENAME COLUMN "email" TO "mail";--> statement-breakpoint
ALTER TABLE `people` RENAME COLUMN "born" TO "birth_year";--> statement-breakpoint
DROP INDEX `people_email_nocase`;--> statement-breakpoint
DROP INDEX `people_born_desc`;--> statement-breakpoint
DROP INDEX `people_name_len`;--> statement-breakpoint
CREATE UNIQUE INDEX `people_email_nocase` ON `people` ("mail" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `people_born_desc` ON `people` ("birth_year" DESC,"name" COLLATE NOCASE ASC);--> statement-breakpoint
CREATE INDEX `people_name_len` ON `people` (length("name"),lower("mail"));