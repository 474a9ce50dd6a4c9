CREATE TABLE `nodes` (
	`id` integer PRIMARY KEY NOT NULL,
	`ns` text NOT NULL,
	`key` text NOT NULL,
	`up` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `nodes_ns_key` ON `nodes` (`ns`,`key`);--> statement-breakpoint
CREATE TABLE `edges` (
	`id` integer PRIMARY KEY NOT NULL,
	`from_ns` text,
	`from_key` text,
	`to_id` integer,
	FOREIGN KEY (`from_ns`,`from_key`) REFERENCES `nodes`(`ns`,`key`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_id`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE no action
);
