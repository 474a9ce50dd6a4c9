/** Stage 4, applying migrations: the history table layouts, the guard, atomic apply and status. */
package dev.godwit.engine.migrate;
