/** Stage 1, loading the schema: Java schema classes from a class path, or YAML descriptors (through yaml). */
package dev.godwit.engine.load;
