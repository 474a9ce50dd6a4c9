package dev.godwit.maven;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A goal that works on no database (db:generate, db:rebase, db:up, db:verify without -Ddb.drift): -Dlocal and -Dremote have no
 * effect on it. Declared on the goal's class, where a goal added later declares it too: the goals of a run are classified from
 * the plugin's descriptor and these classes ({@link DatabaseGoals}), not from a list kept beside them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface WorksOnNoDatabase {

    /** What the goal does instead, as the warning says it ("it rewrites the migrations folder after a merge"). */
    String value();

    /** A property that makes the goal read a database after all, given on the command line ({@code db.drift}), or "" for none. */
    String unless() default "";
}
