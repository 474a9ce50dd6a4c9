/**
 * Data-aware checks: the pre-flight that runs pending migrations on a copy holding rows (a backup
 * of a local file, or a replica of D1's schema with generated rows) and compares each table's rows
 * and foreign-key links before and after; the row generator that {@code db:verify}'s replay uses too.
 */
package dev.godwit.engine.preflight;
