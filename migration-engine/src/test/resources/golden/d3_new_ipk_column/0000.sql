CREATE TABLE `t` (
	`code` text PRIMARY KEY NOT NULL
);
