CREATE TABLE `profiles` (
	`id` integer PRIMARY KEY NOT NULL,
	`nickname` text DEFAULT 'anon' NOT NULL,
	`age` integer NOT NULL,
	`bio` text DEFAULT NULL,
	`site` text
);
