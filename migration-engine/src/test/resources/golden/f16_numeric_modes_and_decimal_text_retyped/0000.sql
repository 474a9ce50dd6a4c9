CREATE TABLE `prices` (
	`id` integer PRIMARY KEY NOT NULL,
	`amount` numeric DEFAULT '0.00' NOT NULL,
	`rate` numeric DEFAULT 1.5,
	`big` numeric,
	`label` text
);
