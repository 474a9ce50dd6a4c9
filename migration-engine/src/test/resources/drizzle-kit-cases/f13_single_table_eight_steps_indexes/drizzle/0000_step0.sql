CREATE TABLE `acc` (
	`id` integer PRIMARY KEY NOT NULL,
	`login` text,
	`score` integer,
	`note` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `acc_login_unique` ON `acc` (`login`);--> statement-breakpoint
CREATE INDEX `acc_score_idx` ON `acc` (`score`);