CREATE TABLE `d` (
	`id` integer PRIMARY KEY NOT NULL,
	`neg` integer DEFAULT -5,
	`negr` real DEFAULT -0.5,
	`tenth` real DEFAULT 0.1,
	`tiny` real DEFAULT 1e-7,
	`big` integer DEFAULT 9007199254740991,
	`uni` text DEFAULT 'héllo — ✓ 🦆 日本',
	`nl` text DEFAULT 'a
b

c	d',
	`q` text DEFAULT 'it''s "quoted" `tick`',
	`bs` text DEFAULT 'C:\path\n\',
	`empty` text DEFAULT '',
	`ts` text DEFAULT CURRENT_TIMESTAMP,
	`dt` text DEFAULT (datetime('now')),
	`hx` text DEFAULT (lower(hex(zeroblob(4)))),
	`flag` integer DEFAULT false
);
--> statement-breakpoint
CREATE TABLE `kids` (
	`id` integer PRIMARY KEY NOT NULL,
	`d_id` integer,
	FOREIGN KEY (`d_id`) REFERENCES `d`(`id`) ON UPDATE no action ON DELETE cascade
);
