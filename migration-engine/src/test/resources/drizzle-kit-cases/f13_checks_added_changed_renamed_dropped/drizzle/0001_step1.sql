PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_emp` (
	`id` integer PRIMARY KEY NOT NULL,
	`age` integer,
	`salary` real,
	`grade` text,
	CONSTRAINT "emp_age_ok" CHECK("__new_emp"."age" between 16 and 99),
	CONSTRAINT "emp_grade_valid" CHECK("__new_emp"."grade" in ('a', 'b')),
	CONSTRAINT "emp_salary_pos" CHECK("__new_emp"."salary" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_emp`("id", "age", "salary", "grade") SELECT "id", "age", "salary", "grade" FROM `emp`;--> statement-breakpoint
DROP TABLE `emp`;--> statement-breakpoint
ALTER TABLE `__new_emp` RENAME TO `emp`;--> statement-breakpoint
PRAGMA foreign_keys=ON;