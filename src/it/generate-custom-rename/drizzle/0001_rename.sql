-- Custom SQL migration file, put your code below! --
ALTER TABLE users RENAME COLUMN name TO full_name;
