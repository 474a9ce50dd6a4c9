CREATE TABLE `owners` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `left_side` (
	`a` integer NOT NULL,
	`b` integer NOT NULL,
	`owner_id` integer,
	`qty` integer,
	PRIMARY KEY(`a`, `b`),
	FOREIGN KEY (`owner_id`) REFERENCES `owners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "positive" CHECK("left_side"."qty" > 0)
);
--> statement-breakpoint
CREATE TABLE `right_side` (
	`a` integer NOT NULL,
	`b` integer NOT NULL,
	`owner_id` integer,
	`qty` integer,
	PRIMARY KEY(`a`, `b`),
	FOREIGN KEY (`owner_id`) REFERENCES `owners`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "positive" CHECK("right_side"."qty" >= 0)
);
