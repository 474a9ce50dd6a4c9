PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_staff` (
	`id` integer PRIMARY KEY NOT NULL,
	`years` integer,
	`salary` real,
	CONSTRAINT "emp_age_ok" CHECK("__new_staff"."years" between 16 and 99),
	CONSTRAINT "emp_salary_pos" CHECK("__new_staff"."salary" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_staff`("id", "years", "salary") SELECT "id", "years", "salary" FROM `staff`;--> statement-breakpoint
DROP TABLE `staff`;--> statement-breakpoint
ALTER TABLE `__new_staff` RENAME TO `staff`;--> statement-breakpoint
PRAGMA foreign_keys=ON;