ALTER TABLE invoices ADD amount_cents integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
UPDATE invoices SET amount_cents = CAST(amount * 100 AS INTEGER);
--> statement-breakpoint
ALTER TABLE invoices DROP COLUMN amount;
