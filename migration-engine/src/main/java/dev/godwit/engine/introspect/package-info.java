/** Reading a live database's schema back into the model. */
package dev.godwit.engine.introspect;
