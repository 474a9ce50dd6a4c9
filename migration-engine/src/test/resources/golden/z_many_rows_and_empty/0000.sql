CREATE TABLE `big` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`score` integer,
	`blob` blob
);
--> statement-breakpoint
CREATE INDEX `big_score_idx` ON `big` (`score`);--> statement-breakpoint
CREATE TABLE `empty_parent` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` text
);
--> statement-breakpoint
CREATE TABLE `kids` (
	`id` integer PRIMARY KEY NOT NULL,
	`big_id` integer,
	`ep_id` integer,
	FOREIGN KEY (`big_id`) REFERENCES `big`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`ep_id`) REFERENCES `empty_parent`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `empty_child` (
	`id` integer PRIMARY KEY NOT NULL,
	`big_id` integer,
	FOREIGN KEY (`big_id`) REFERENCES `big`(`id`) ON UPDATE no action ON DELETE restrict
);
