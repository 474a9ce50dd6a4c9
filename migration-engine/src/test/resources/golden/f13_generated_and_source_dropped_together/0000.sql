CREATE TABLE `g` (
	`id` integer PRIMARY KEY NOT NULL,
	`b` integer,
	`c` text,
	`b2` integer GENERATED ALWAYS AS ("b" * 2) VIRTUAL,
	`cu` text GENERATED ALWAYS AS (upper("c")) STORED
);
--> statement-breakpoint
CREATE INDEX `g_cu_idx` ON `g` (`cu`);