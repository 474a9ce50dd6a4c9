CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text,
	`b` integer,
	`z` integer,
	FOREIGN KEY (`b`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t_a_unique` ON `t` (`a`);--> statement-breakpoint
CREATE INDEX `t_b_idx` ON `t` (`b`) WHERE "a" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `k` (
	`id` integer PRIMARY KEY NOT NULL,
	`ta` text,
	FOREIGN KEY (`ta`) REFERENCES `t`(`a`) ON UPDATE cascade ON DELETE cascade
);
