-- Custom SQL migration file, put your code below! --
CREATE TABLE early(x);
-- now commit
COMMIT;
CREATE TABLE late(x);
INSERT INTO nope VALUES (1);
