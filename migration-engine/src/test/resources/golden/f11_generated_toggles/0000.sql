CREATE TABLE `shapes` (
	`id` integer PRIMARY KEY NOT NULL,
	`w` integer,
	`h` integer,
	`area` integer,
	`perim` integer GENERATED ALWAYS AS (2 * ("w" + "h")) VIRTUAL,
	`diag` real GENERATED ALWAYS AS (sqrt("w" * "w" + "h" * "h")) STORED,
	`tag` text GENERATED ALWAYS AS ('s' || "id") VIRTUAL
);
