// A database written by hand, not by Godwit: odd identifiers and every constraint kind db:pull must read.
import java.sql.*

new File(basedir, '.godwit').mkdirs()
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/local.sqlite'), new Properties())
try {
    def s = c.createStatement()
    s.executeUpdate('''CREATE TABLE "order" (
        "select" integer PRIMARY KEY AUTOINCREMENT,
        "group" text NOT NULL DEFAULT 'none',
        "my col" real,
        "say ""hi""" text,
        `back``tick` integer DEFAULT 0,
        created_at integer NOT NULL DEFAULT (unixepoch()),
        CONSTRAINT "group_not_empty" CHECK (length("group") > 0)
    )''')
    s.executeUpdate('''CREATE TABLE [line items] (
        "order" integer NOT NULL REFERENCES "order"("select") ON DELETE CASCADE,
        line integer NOT NULL,
        qty integer NOT NULL DEFAULT 1,
        note text,
        PRIMARY KEY ("order", line),
        CONSTRAINT qty_positive CHECK (qty > 0)
    )''')
    s.executeUpdate('''CREATE TABLE shipments (
        id integer PRIMARY KEY NOT NULL,
        "order" integer NOT NULL,
        line integer NOT NULL,
        shipped_at integer,
        FOREIGN KEY ("order", line) REFERENCES [line items]("order", line) ON UPDATE CASCADE ON DELETE SET NULL
    )''')
    s.executeUpdate('CREATE INDEX "pending shipments" ON shipments (shipped_at) WHERE shipped_at IS NULL')
    s.executeUpdate('CREATE UNIQUE INDEX order_group_uq ON "order" ("group", "my col")')
    s.executeUpdate('''INSERT INTO "order" ("group") VALUES ('a')''')
} finally { c.close() }
return true
