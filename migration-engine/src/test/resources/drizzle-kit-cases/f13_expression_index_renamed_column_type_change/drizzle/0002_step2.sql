DROP INDEX `u_email_lower`;--> statement-breakpoint
DROP INDEX `u_initial`;--> statement-breakpoint
CREATE UNIQUE INDEX `u_mail_lower_uq` ON `u` (lower(trim("mail"))) WHERE "u"."mail" is not null;--> statement-breakpoint
CREATE INDEX `u_initial` ON `u` (`name`,`substr("name"`,` 1`,` 2)`);