CREATE TABLE `things` (
	`id` integer PRIMARY KEY NOT NULL,
	`raw` blob DEFAULT X'00FF10',
	`neg` integer DEFAULT -42 NOT NULL,
	`negr` real DEFAULT -0.125,
	`quoted` text DEFAULT 'it''s "quoted"',
	`multiline` text DEFAULT 'line one
line two	tabbed \ back',
	`sqlish` text DEFAULT '''); DROP TABLE things; --',
	`kind` integer
);
