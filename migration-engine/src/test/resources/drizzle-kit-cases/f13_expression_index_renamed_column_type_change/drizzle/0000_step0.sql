CREATE TABLE `u` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`name` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `u_email_lower` ON `u` (lower("email")) WHERE "u"."email" is not null;--> statement-breakpoint
CREATE INDEX `u_initial` ON `u` (`substr("name"`,` 1`,` 1)`);