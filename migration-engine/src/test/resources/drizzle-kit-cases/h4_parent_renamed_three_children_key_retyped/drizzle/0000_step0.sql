CREATE TABLE `org` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`size` text,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `org`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `member` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `org`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `invoice` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` integer,
	FOREIGN KEY (`org_id`) REFERENCES `org`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `contract` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` integer,
	FOREIGN KEY (`org_id`) REFERENCES `org`(`id`) ON UPDATE no action ON DELETE restrict
);
