CREATE TABLE `r2` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text
);
--> statement-breakpoint
CREATE TABLE `r1` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text
);
--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`r2_id` integer,
	FOREIGN KEY (`r2_id`) REFERENCES `r2`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `g` (
	`id` integer PRIMARY KEY NOT NULL,
	`c_id` integer,
	`r1_id` integer,
	FOREIGN KEY (`c_id`) REFERENCES `c`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`r1_id`) REFERENCES `r1`(`id`) ON UPDATE no action ON DELETE no action
);
