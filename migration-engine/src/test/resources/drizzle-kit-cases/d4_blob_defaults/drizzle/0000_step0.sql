CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`h` blob DEFAULT X'DEADBEEF',
	`z` blob DEFAULT x'',
	`t` blob DEFAULT 'abc',
	`n` blob
);
