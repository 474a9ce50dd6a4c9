/** Use case db:studio: a local web UI over the Database port. */
package dev.godwit.engine.studio;
