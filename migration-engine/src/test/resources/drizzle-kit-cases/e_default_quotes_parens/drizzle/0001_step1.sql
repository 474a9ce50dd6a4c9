PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_frag` (
	`id` integer PRIMARY KEY NOT NULL,
	`opening` text DEFAULT '(',
	`close` text DEFAULT ')',
	`q` text DEFAULT '''',
	`dq` text DEFAULT 'say "hi" `x`',
	`cm` text DEFAULT '/* not a comment',
	`expr` text DEFAULT (('a)' || ')(b' || '--c')),
	`num` real DEFAULT ((1 + 2) * (3)),
	CONSTRAINT "chk_paren" CHECK("__new_frag"."opening" NOT IN (')', '((') AND ("__new_frag"."num" IS NULL OR ("__new_frag"."num" > (0))))
);
--> statement-breakpoint
INSERT INTO `__new_frag`("id", "opening", "close", "q", "dq", "cm", "expr", "num") SELECT "id", "opening", "close", "q", "dq", "cm", "expr", "num" FROM `frag`;--> statement-breakpoint
DROP TABLE `frag`;--> statement-breakpoint
ALTER TABLE `__new_frag` RENAME TO `frag`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `frag_open_idx` ON `frag` (`opening`) WHERE "frag"."close" <> '(' AND "frag"."q" <> ')''';