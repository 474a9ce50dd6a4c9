def log = new File(basedir, 'build.log').text
assert log.contains('replaying drizzle/0001_color.sql on tables holding generated rows (as D1 runs it) removes or rewrites rows it should keep:')
assert log.contains('"products"."color": 3 of 3 rows filled with the text \'color\', the column\'s own name')
assert log.contains('through 0001_color.sql statement 3: INSERT INTO `__new_products`("id", "name", "color") SELECT "id", "name", "color" FROM `products`;')
assert !log.contains('the schema has changes that no migration holds') : 'the schema matches the folder; only the data check fails'
assert log.contains('BUILD FAILURE')
return true
