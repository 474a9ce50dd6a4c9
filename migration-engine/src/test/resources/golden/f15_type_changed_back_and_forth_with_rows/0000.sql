CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` integer,
	`w` text DEFAULT 'w'
);
--> statement-breakpoint
CREATE INDEX `p_v_idx` ON `p` (`v`);--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_id` integer,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE cascade
);
