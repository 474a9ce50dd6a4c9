/** Use case db:rebase (Atlas's migrate rebase): after a merge, move the other branch's migrations after the target branch's. */
package dev.godwit.engine.rebase;
