CREATE TABLE `s` (
	`id` integer PRIMARY KEY NOT NULL,
	`q` text DEFAULT 'it''s "quoted"',
	`nl` text DEFAULT 'line1
line2',
	`uni` text DEFAULT 'héllo 😀 é',
	`e` text DEFAULT '',
	`looks_null` text DEFAULT 'NULL',
	`looks_ts` text DEFAULT 'CURRENT_TIMESTAMP',
	`bs` text DEFAULT 'a\b'
);
