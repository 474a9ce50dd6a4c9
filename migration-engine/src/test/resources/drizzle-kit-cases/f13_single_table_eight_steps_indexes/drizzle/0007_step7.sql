DROP INDEX `acc_memo_part`;--> statement-breakpoint
DROP INDEX `acc_login_memo_uq`;--> statement-breakpoint
CREATE INDEX `acc_memo_part` ON `acc` (`memo`) WHERE "acc"."memo" <> '';--> statement-breakpoint
CREATE UNIQUE INDEX `acc_login_memo_uq` ON `acc` (`memo`,`login`);