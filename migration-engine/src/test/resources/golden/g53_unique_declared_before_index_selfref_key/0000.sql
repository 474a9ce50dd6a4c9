CREATE TABLE `nodes` (
	`org` integer NOT NULL,
	`id` integer NOT NULL,
	`parent` integer,
	`label` text,
	PRIMARY KEY(`org`, `id`),
	FOREIGN KEY (`org`,`parent`) REFERENCES `nodes`(`org`,`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `nodes_parent_idx` ON `nodes` (`org`,`parent`);