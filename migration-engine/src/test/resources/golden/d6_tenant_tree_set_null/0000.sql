CREATE TABLE `tenant` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `node` (
	`tenant_id` integer NOT NULL,
	`id` integer NOT NULL,
	`parent_id` integer,
	`label` text,
	PRIMARY KEY(`tenant_id`, `id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenant`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tenant_id`,`parent_id`) REFERENCES `node`(`tenant_id`,`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `cat` (
	`tenant_id` integer NOT NULL,
	`id` integer NOT NULL,
	`up` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`tenant_id`, `id`),
	FOREIGN KEY (`tenant_id`,`up`) REFERENCES `cat`(`tenant_id`,`id`) ON UPDATE no action ON DELETE set default
);
