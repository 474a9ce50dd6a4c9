CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_id` integer DEFAULT 0,
	`q_id` integer DEFAULT 0,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`q_id`) REFERENCES `p`(`id`) ON UPDATE set default ON DELETE set null
);
