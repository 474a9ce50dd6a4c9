PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_u` (
	`id` integer PRIMARY KEY NOT NULL,
	`mail` text,
	`name` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_u`("id", "mail", "name") SELECT "id", "mail", "name" FROM `u`;--> statement-breakpoint
DROP TABLE `u`;--> statement-breakpoint
ALTER TABLE `__new_u` RENAME TO `u`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `u_email_lower` ON `u` (`lower("mail")`) WHERE "u"."mail" is not null;--> statement-breakpoint
CREATE INDEX `u_initial` ON `u` (`substr("name"`,` 1`,` 1)`);