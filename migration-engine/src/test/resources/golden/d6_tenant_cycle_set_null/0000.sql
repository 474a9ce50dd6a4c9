CREATE TABLE `b` (
	`tenant_id` integer NOT NULL,
	`id` integer NOT NULL,
	`a_id` integer,
	`v` text,
	PRIMARY KEY(`tenant_id`, `id`),
	FOREIGN KEY (`tenant_id`,`a_id`) REFERENCES `a`(`tenant_id`,`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `a` (
	`tenant_id` integer NOT NULL,
	`id` integer NOT NULL,
	`b_id` integer,
	`v` text,
	PRIMARY KEY(`tenant_id`, `id`),
	FOREIGN KEY (`tenant_id`,`b_id`) REFERENCES `b`(`tenant_id`,`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `keep` (
	`id` integer PRIMARY KEY NOT NULL
);
