/** Use case db:verify: the folder, the schema and a replay agree; with drift, a live database too. */
package dev.godwit.engine.verify;
