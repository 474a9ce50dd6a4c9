CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` integer
);
--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL
);
