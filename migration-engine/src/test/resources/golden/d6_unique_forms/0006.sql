PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_account` (
	`id` integer PRIMARY KEY NOT NULL,
	`mail` numeric,
	`org` integer,
	`nick` text,
	`ext` text
);
--> statement-breakpoint
INSERT INTO `__new_account`(`id`,`mail`,`org`,`nick`,`ext`) SELECT `id`, `mail`, `org`, `nick`, `ext` FROM `account`;--> statement-breakpoint
DROP TABLE `account`;--> statement-breakpoint
ALTER TABLE `__new_account` RENAME TO `account`;--> statement-breakpoint
CREATE UNIQUE INDEX `account_mail_unique` ON `account` (`mail`);--> statement-breakpoint
CREATE UNIQUE INDEX `account_nick_key` ON `account` (`nick`);--> statement-breakpoint
CREATE UNIQUE INDEX `acct_handle_key` ON `account` (`nick`) WHERE "ext" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `acct_org_nick_ext_uq` ON `account` (`org`,`nick`,`ext`);--> statement-breakpoint
PRAGMA foreign_keys=ON;