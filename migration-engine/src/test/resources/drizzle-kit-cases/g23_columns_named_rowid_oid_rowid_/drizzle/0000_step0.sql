CREATE TABLE `odd` (
	`id` integer PRIMARY KEY NOT NULL,
	`rowid` text,
	`oid` integer,
	`_rowid_` real,
	`v` text
);
