CREATE TABLE `acct` (
	`id` integer PRIMARY KEY NOT NULL,
	`bal` integer DEFAULT 0 NOT NULL,
	`bal2` integer GENERATED ALWAYS AS ("bal" * 2) VIRTUAL,
	CONSTRAINT "bal_range" CHECK("bal" > -1000)
);
--> statement-breakpoint
CREATE INDEX `acct_neg_idx` ON `acct` (`id`) WHERE "bal" < 0;--> statement-breakpoint
CREATE INDEX `acct_abs_idx` ON `acct` (abs("bal"));--> statement-breakpoint
CREATE VIEW `rich` AS select id, bal from acct where bal > 100;