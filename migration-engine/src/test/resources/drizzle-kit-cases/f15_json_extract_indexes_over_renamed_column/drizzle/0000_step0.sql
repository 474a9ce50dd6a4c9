CREATE TABLE `profiles` (
	`id` integer PRIMARY KEY NOT NULL,
	`data` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `profiles_email_uq` ON `profiles` (`json_extract("data"`,` '$.email')`) WHERE json_extract("profiles"."data", '$.email') is not null;--> statement-breakpoint
CREATE INDEX `profiles_age_idx` ON `profiles` (`id`,`json_extract("data"`,` '$.age')`);