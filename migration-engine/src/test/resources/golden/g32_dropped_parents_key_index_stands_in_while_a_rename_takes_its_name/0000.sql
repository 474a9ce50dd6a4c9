CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uq1` ON `p` (`code`);--> statement-breakpoint
CREATE TABLE `kid` (
	`id` integer PRIMARY KEY NOT NULL,
	`pc` text,
	`up` integer,
	FOREIGN KEY (`pc`) REFERENCES `p`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`up`) REFERENCES `kid`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `x` (
	`id` integer PRIMARY KEY NOT NULL
);
