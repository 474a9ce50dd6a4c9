PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`dash` text DEFAULT '--',
	`cmt` text DEFAULT '/* not a comment */',
	`quote` text DEFAULT '''',
	`bslash` text DEFAULT 'C:\dir\',
	`tmpl` text DEFAULT '${x} {{y}}',
	`spaces` text DEFAULT '  ',
	`nulltext` text DEFAULT 'NULL',
	`hexish` text DEFAULT '0x10',
	`neg` integer DEFAULT -7,
	`tiny` real DEFAULT 1e-7,
	`big` integer DEFAULT 123456789012,
	`semi` text DEFAULT 'a; b',
	`flag` integer DEFAULT false,
	`expr` text DEFAULT ('a' || char(10) || 'b'),
	`negsql` integer DEFAULT (-1),
	`bin` blob DEFAULT (X'00ff'),
	`kind` text DEFAULT 'k' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_settings`("id", "dash", "cmt", "quote", "bslash", "tmpl", "spaces", "nulltext", "hexish", "neg", "tiny", "big", "semi", "flag", "expr", "negsql", "bin", "kind") SELECT "id", "dash", "cmt", "quote", "bslash", "tmpl", "spaces", "nulltext", "hexish", "neg", "tiny", "big", "semi", "flag", "expr", "negsql", "bin", "kind" FROM `settings`;--> statement-breakpoint
DROP TABLE `settings`;--> statement-breakpoint
ALTER TABLE `__new_settings` RENAME TO `settings`;--> statement-breakpoint
PRAGMA foreign_keys=ON;