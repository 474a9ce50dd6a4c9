PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `frag` RENAME COLUMN "open" TO "opening";--> statement-breakpoint
CREATE TABLE `__new_frag` (
	`id` integer PRIMARY KEY NOT NULL,
	`opening` text DEFAULT '(',
	`close` text DEFAULT ')',
	`q` text DEFAULT '''',
	`dq` text DEFAULT 'say "hi" `x`',
	`cm` text DEFAULT '/* not a comment',
	`expr` text DEFAULT (('a)' || ')(b' || '--c')),
	`num` real DEFAULT ((1 + 2) * (3)),
	CONSTRAINT "chk_paren" CHECK("opening" NOT IN (')', '((') AND ("num" IS NULL OR ("num" > (0))))
);
--> statement-breakpoint
INSERT INTO `__new_frag`(`id`,`opening`,`close`,`q`,`dq`,`cm`,`expr`,`num`) SELECT `id`, `opening`, `close`, `q`, `dq`, `cm`, `expr`, `num` FROM `frag`;--> statement-breakpoint
DROP TABLE `frag`;--> statement-breakpoint
ALTER TABLE `__new_frag` RENAME TO `frag`;--> statement-breakpoint
CREATE INDEX `frag_open_idx` ON `frag` (`opening`) WHERE "close" <> '(' AND "q" <> ')''';--> statement-breakpoint
PRAGMA foreign_keys=ON;