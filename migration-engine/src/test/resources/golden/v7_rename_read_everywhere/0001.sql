PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `rich`;--> statement-breakpoint
ALTER TABLE `acct` RENAME COLUMN "bal" TO "balance";--> statement-breakpoint
CREATE TABLE `__old_acct` AS SELECT * FROM `acct`;--> statement-breakpoint
DROP TABLE `acct`;--> statement-breakpoint
CREATE TABLE `acct` (
	`id` integer PRIMARY KEY NOT NULL,
	`balance` integer DEFAULT 0 NOT NULL,
	`bal2` integer GENERATED ALWAYS AS ("balance" * 2) VIRTUAL,
	CONSTRAINT "bal_range" CHECK("balance" > -1000)
);
--> statement-breakpoint
CREATE INDEX `acct_neg_idx` ON `acct` (`id`) WHERE "balance" < 0;--> statement-breakpoint
CREATE INDEX `acct_abs_idx` ON `acct` (abs("balance"));--> statement-breakpoint
INSERT INTO `acct`(`id`,`balance`) SELECT `id`, `balance` FROM `__old_acct`;--> statement-breakpoint
DROP TABLE `__old_acct`;--> statement-breakpoint
CREATE VIEW `rich` AS select id, balance from acct where balance > 100;--> statement-breakpoint
PRAGMA foreign_keys=ON;