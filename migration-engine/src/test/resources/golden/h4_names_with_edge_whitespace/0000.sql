CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`a ` integer,
	`a ` text,
	CONSTRAINT "t ck" CHECK("a" IS NOT "a ")
);
--> statement-breakpoint
CREATE INDEX `t_a _idx` ON `t` (`a `);--> statement-breakpoint
CREATE TABLE ` t` (
	`id` integer PRIMARY KEY NOT NULL,
	`	tab` text,
	`t_id` integer,
	FOREIGN KEY (`t_id`) REFERENCES `t`(`id`) ON UPDATE no action ON DELETE cascade
);
