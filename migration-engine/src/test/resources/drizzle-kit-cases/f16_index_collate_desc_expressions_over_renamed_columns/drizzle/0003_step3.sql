DROP INDEX `people_email_nocase`;--> statement-breakpoint
DROP INDEX `people_born_desc`;--> statement-breakpoint
CREATE UNIQUE INDEX `members_mail_binary` ON `members` ("mail" COLLATE BINARY);--> statement-breakpoint
CREATE INDEX `people_born_desc` ON `members` ("birth_year" ASC,"full_name" COLLATE RTRIM DESC);