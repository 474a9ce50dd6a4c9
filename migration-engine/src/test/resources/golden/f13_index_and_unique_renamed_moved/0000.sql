CREATE TABLE `docs` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text,
	`b` text,
	`c` integer
);
--> statement-breakpoint
CREATE INDEX `docs_a_idx` ON `docs` (`a`);--> statement-breakpoint
CREATE UNIQUE INDEX `docs_b_uq` ON `docs` (`b`);--> statement-breakpoint
CREATE UNIQUE INDEX `docs_a_c_uq` ON `docs` (`a`,`c`);