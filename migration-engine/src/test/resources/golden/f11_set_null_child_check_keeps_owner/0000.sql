CREATE TABLE `owners` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `pets` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner_id` integer,
	`stray` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `owners`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "owned_unless_stray" CHECK("owner_id" is not null or "stray" = 1)
);
