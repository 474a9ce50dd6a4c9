CREATE TABLE `z` (
	`id` integer PRIMARY KEY NOT NULL,
	`x_id` integer,
	FOREIGN KEY (`x_id`) REFERENCES `x`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `y` (
	`id` integer PRIMARY KEY NOT NULL,
	`z_id` integer,
	FOREIGN KEY (`z_id`) REFERENCES `z`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `x` (
	`id` integer PRIMARY KEY NOT NULL,
	`y_id` integer,
	`label` text,
	FOREIGN KEY (`y_id`) REFERENCES `y`(`id`) ON UPDATE no action ON DELETE cascade
);
