CREATE TABLE `staff` (
	`id` integer PRIMARY KEY NOT NULL,
	`manager_id` integer,
	`name` text,
	FOREIGN KEY (`manager_id`) REFERENCES `managers`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "managed" CHECK("manager_id" is not null or "id" = 0)
);
--> statement-breakpoint
CREATE TABLE `managers` (
	`id` integer PRIMARY KEY NOT NULL,
	`deputy_id` integer DEFAULT 0,
	`name` text,
	FOREIGN KEY (`deputy_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "has_deputy" CHECK("deputy_id" <> 0 or "id" = 0)
);
