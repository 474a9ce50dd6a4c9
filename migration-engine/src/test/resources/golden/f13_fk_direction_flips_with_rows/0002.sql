ALTER TABLE `b` RENAME TO `bee`;--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer NOT NULL,
	`bee_id` integer,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`bee_id`) REFERENCES `bee`(`id`) ON UPDATE no action ON DELETE set null
);
