PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "ren" TO "renamed";--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_int` integer NOT NULL,
	`a_txt` text NOT NULL,
	`a_real` real NOT NULL,
	`a_num` numeric NOT NULL,
	`a_blob` blob NOT NULL,
	`d_lit` text DEFAULT 'it''s' NOT NULL,
	`d_expr` text DEFAULT (upper('x')) NOT NULL,
	`p_id` integer NOT NULL,
	`renamed` text DEFAULT 'R' NOT NULL,
	`u` text NOT NULL,
	`ty` integer DEFAULT 7 NOT NULL,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_t`(`id`,`a_int`,`a_txt`,`a_real`,`a_num`,`a_blob`,`d_lit`,`d_expr`,`p_id`,`renamed`,`u`,`ty`) SELECT `id`, coalesce(`a_int`, 0), coalesce(`a_txt`, ''), coalesce(`a_real`, 0.0), coalesce(`a_num`, 0), coalesce(`a_blob`, X''), coalesce(`d_lit`, 'it''s'), coalesce(`d_expr`, (upper('x'))), coalesce(`p_id`, 0), coalesce(`renamed`, 'R'), coalesce(`u`, ''), coalesce(`ty`, 7) FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
CREATE UNIQUE INDEX `t_u_unique` ON `t` (`u`);--> statement-breakpoint
PRAGMA foreign_keys=ON;