/** Use case db:generate: diff the schema against the latest snapshot and write the next migration. */
package dev.godwit.engine.generate;
