#!/usr/bin/env python3
"""Writes random schema-evolution cases in the oracle's case format, each one a schema that changes over
3-5 steps with rows inserted after every step, so that a migration tool's output can be judged by the
oracle's own applier (tools/oracle/fuzz.sh runs Godwit on them).

usage: fuzz_cases.py SEED COUNT OUT_DIR [extended|dense|names]  -> OUT_DIR/fz<SEED>_<n>.yaml (fz<SEED>x_<n>.yaml extended,
                                                                fz<SEED>d_<n>.yaml dense, fz<SEED>n_<n>.yaml names)

With "extended" the cases also hold what only the patched oracle (oracle-views-generated.patch) and Godwit's
Java corpus classes read: generated columns (virtual and stored, over other columns, generated ones too),
expression indexes, and views over tables and over other views, renamed, redefined and dropped as the columns
and tables they read change. Without it a seed gives the same cases as before these were added. Since round 27
extended keys also take ON UPDATE SET NULL / SET DEFAULT / RESTRICT, so an extended seed gives other cases than before.
"dense" (round 28) is extended with larger, tightly keyed schemas: 3-6 tables at first, every case heavy on foreign keys,
6 or 12 changes per step (where rebuilds, drops and cascades meet most).
"names" (round 32) is dense with names reused across ASCII case, one name to SQLite and two to drizzle-kit: tables,
columns, views and indexes renamed to the same name in another case, and new tables, columns and rename targets taking a
name dropped or renamed away in the same step in another case.

Every case is meant to be migratable without losing a row: rows always satisfy the constraints of the step
they are inserted at and of every later step (a column is made NOT NULL only when no row holds NULL there, a
unique key is added only over distinct values, a foreign key only where every row's key has its parent, a
NOT NULL column is added to a table with rows only with a default). So any PROBLEM the applier reports is
the tool's (or this generator's: read the case first).
"""
import copy
import random
import re
import sys
from pathlib import Path

import yaml

TYPES = ["integer", "text", "real", "blob", "numeric"]
ODD_NAMES = ["order", "group", "select", "my col", 'we"ird', "it's", "Mixed Case", "rowid", "key", "from", "values"]


class Fuzz:
    def __init__(self, seed, extended=False, dense=False, names=False):
        self.r = random.Random(seed)
        self.names = names
        self.n = 0
        self.extended = extended or dense
        self.dense = dense
        self.tables = []   # current schema: list of table dicts
        # extended only: {"name", "source": table or view dict, "cols": [(column dict or source view's alias, alias)],
        # "where": column dict or alias or None}; dicts, not names, so renames carry over by themselves
        self.views = []
        self.rows = {}     # table name -> list of {column: value} (current names; what the database holds)
        # tables dropped in this step: a new table of that name in the same step is the old one changed, to the schema
        # (no rename is given), not a new one, so its name waits for the next step
        self.gone_names = set()
        # the same for columns (table dict id, lower-case name): a column dropped and another of its name added in one step
        # is the old column changed (fz289x_7: a blob column turned generated, its values recomputed)
        self.gone_columns = set()
        # names mode: the exact names gone this step (dropped or renamed away), tables and (table dict id, name) columns
        self.gone_exact = set()
        self.gone_columns_exact = set()
        self.gone_objects = set()   # names mode: indexes, unique constraints and views dropped or renamed away this step
        # names mode: tables gone this step (dropped or renamed away) while another table had a foreign key to them (lower
        # case): Godwit refuses a new table taking such a name in the same step (split it), so the case does not ask for it
        self.gone_referenced = set()
        self.reached_at_start = set()   # names mode: see reached_by_keys
        self.intensity = self.r.choice([2, 4, 6])  # changes per step, at most
        if extended and self.r.random() < 0.3:
            self.intensity = 12  # one step in three of these changes most of a small schema at once
        self.fk_heavy = self.r.random() < 0.4  # a case heavy on foreign keys (where rebuilds meet cascades)
        if dense:
            self.fk_heavy = True
            self.intensity = self.r.choice([6, 12])

    # ---- names and values -------------------------------------------------------------------------------
    def next(self):
        self.n += 1
        return self.n

    def used_names(self):
        names = set()
        for t in self.tables:
            names.add(t["name"].lower())
            names.update(i["name"].lower() for i in t["indexes"])
            names.update(u["name"].lower() for u in t["uniques"])
            for c in t["columns"]:
                if isinstance(c.get("unique"), str):
                    names.add(c["unique"].lower())
        names.update(v["name"].lower() for v in self.views)
        return names

    def case_variant(self, name):
        """The same name in another ASCII case: one name to SQLite, another to drizzle-kit and to the schema."""
        return next((v for v in (name.swapcase(), name.upper(), name.capitalize()) if v != name), None)

    def table_name(self):
        used = self.used_names()
        if self.names and self.r.random() < 0.4:
            taken = self.gone_to_take()
            if taken:
                return self.r.choice(taken)
        if self.r.random() < 0.2:
            for name in self.r.sample(ODD_NAMES, len(ODD_NAMES)):
                if name.lower() not in used and name.lower() not in self.gone_names and name != "rowid":
                    return name
        return f"t{self.next()}"

    def column_name(self, table):
        used = {c["name"].lower() for c in table["columns"]} | {n for i, n in self.gone_columns if i == id(table)}
        if self.names and self.r.random() < 0.4:
            current = {c["name"].lower() for c in table["columns"]}
            taken = [v for i, n in sorted(self.gone_columns_exact, key=lambda x: x[1]) if i == id(table)
                     for v in [self.case_variant(n)] if v and v.lower() not in current and (id(table), v) not in self.gone_columns_exact]
            if taken:
                return self.r.choice(taken)
        if self.r.random() < 0.15:
            for name in self.r.sample(ODD_NAMES, len(ODD_NAMES)):
                if name.lower() not in used:
                    return name
        return f"c{self.next()}"

    def object_name(self, prefix):
        # names mode: a new index, unique constraint or view may take a name gone in this step, of any kind, as it was or in
        # another case (tables, indexes and views share SQLite's one namespace)
        if self.names and prefix in ("ix", "ex", "uq", "v") and self.r.random() < 0.3:
            taken = self.gone_to_take()
            if taken:
                return self.r.choice(taken)
        return f"{prefix}{self.next()}"

    def gone_to_take(self):
        used = self.used_names()
        return [v for n in sorted(self.gone_objects | self.gone_exact) for v in (n, self.case_variant(n))
                if v and v.lower() not in used and v not in self.gone_exact and v.lower() not in self.gone_referenced]

    def value(self, col):
        """A value no other row holds (a counter), in one of several shapes of the column's type."""
        n = self.next()
        if col.get("mode") == "boolean":
            return self.r.choice([True, False])
        shape = self.r.random()
        type_ = col["type"]
        if type_ in ("integer", "numeric"):
            return n if shape < 0.7 else -n if shape < 0.85 else n * 2 ** 40
        if type_ == "real":
            return n + 0.25 if shape < 0.7 else -n - 0.5 if shape < 0.85 else n * 1e10 + 0.5
        if type_ == "blob":
            return {"hex": f"AB{n:04X}"}  # a letter first: YAML 1.2 reads 0019 as a number
        if shape < 0.6:
            return f"v{n}"
        return self.r.choice([f"it's {n}", f"line\n{n}", f"ünï {n}", f" {n} ", f"{n}", f"0{n}", f"{n}.5"])

    def default(self, col):
        t = col["type"]
        n = self.next()
        if col.get("mode") == "boolean":
            return self.r.choice([True, False])
        if t == "integer":
            return self.r.choice([n, -n, {"sql": f"({n} + 1)"}])
        if t == "real":
            return n + 0.5
        if t == "numeric":
            return n
        if t == "blob":
            return None
        return self.r.choice([f"d{n}", f"it's d{n}", {"sql": "(CURRENT_TIMESTAMP)"}, ""])

    # ---- queries over the schema and rows -----------------------------------------------------------------
    def table(self, name):
        return next(t for t in self.tables if t["name"] == name)

    def column(self, t, name):
        return next(c for c in t["columns"] if c["name"] == name)

    def pk(self, t):
        if t.get("primaryKey"):
            return list(t["primaryKey"]["columns"])
        return [c["name"] for c in t["columns"] if c.get("primaryKey")]

    def values(self, t, col):
        return [row.get(col) for row in self.rows.get(t["name"], [])]

    def distinct(self, t, cols):
        if any(c["name"] in cols and (c.get("mode") == "boolean" or "_gen" in c) for c in t["columns"]):
            return False  # its rows hold true and false only
        if any(c["name"] in cols and c.get("_computed") for c in t["columns"]):
            return False  # an SQL default gave the rows one value the generator does not know (all the same: (89 + 1))
        seen = set()
        for row in self.rows.get(t["name"], []):
            key = tuple(repr(row.get(c)) for c in cols)
            if any(row.get(c) is None for c in cols):
                continue
            if key in seen:
                return False
            seen.add(key)
        return True

    def no_nulls(self, t, col):
        return all(v is not None for v in self.values(t, col))

    def reached_by_keys(self):
        """ids of the tables another table's foreign key reaches, directly or through the keys of the tables it reaches: Godwit
        refuses a new table taking the name of such a table dropped in the same step when the key that reaches it passes only
        through tables dropped too (fz1115n_54: it's -> t11 -> select, t11 and select dropped, SELECT new), so the case does
        not ask for it; all of them, as which ones go is known only at the step's end."""
        by_name = {t["name"].lower(): t for t in self.tables}
        reached = {}
        queue = []
        for t in self.tables:
            for fk in t["foreignKeys"]:
                parent = by_name.get(fk["references"]["table"].lower())
                if parent is not None and parent is not t and id(parent) not in reached:
                    reached[id(parent)] = parent
                    queue.append(parent)
        while queue:
            t = queue.pop()
            for fk in t["foreignKeys"]:
                parent = by_name.get(fk["references"]["table"].lower())
                if parent is not None and id(parent) not in reached:
                    reached[id(parent)] = parent
                    queue.append(parent)
        return set(reached)

    def referenced(self, t, col=None):
        """Foreign keys (of any table) whose parent is t (and col, if given)."""
        out = []
        for other in self.tables:
            for fk in other["foreignKeys"]:
                if fk["references"]["table"] == t["name"] and (col is None or col in fk["references"]["columns"]):
                    out.append((other, fk))
        return out

    def keyed(self, t):
        """Column sets of t a foreign key may point to: its primary key and its single-column uniques."""
        keys = []
        if self.pk(t):
            keys.append(self.pk(t))
        for c in t["columns"]:
            if c.get("unique") and not c.get("primaryKey"):
                keys.append([c["name"]])
        for u in t["uniques"]:
            keys.append(list(u["columns"]))
        return keys

    def unique_over(self, t, cols):
        """Whether a unique key over exactly these columns is declared (the oracle's checker cannot tell two apart)."""
        sets = [[c["name"]] for c in t["columns"] if c.get("unique") or c.get("primaryKey")] + [self.pk(t)] + \
            [u["columns"] for u in t["uniques"]] + [i["columns"] for i in t["indexes"] if i["unique"]]
        return any(sorted(s) == sorted(cols) for s in sets)

    def in_constraints(self, t, col):
        if col in self.pk(t):
            return True
        if self.generated_readers(t, col):
            return True
        if any(col in fk["columns"] for fk in t["foreignKeys"]):
            return True
        return bool(self.referenced(t, col))

    def plain_columns(self, t):
        return [c for c in t["columns"] if "_gen" not in c]

    def holds_blobs(self, t, col):
        """Whether a row of t holds a blob in col (one retyped from blob keeps them: no affinity converts a blob)."""
        return any(isinstance(v, dict) for v in self.values(t, col["name"]))

    def generated_readers(self, t, col):
        """The generated columns of t whose expression reads the column named col."""
        return [g for g in t["columns"] if "_gen" in g and any(s["name"] == col for s in g["_gen"][1])]

    # ---- extended: generated columns, expression indexes, views -------------------------------------------
    GENERATED = [("lower(@0)", "text"), ("length(@0)", "integer"), ("@0 || '-' || @1", "text"), ("typeof(@0)", "text"),
                 ("upper(@0)", "text"), ("@0 IS NULL", "integer"), ("coalesce(@0, @1)", "real")]
    INDEX_EXPRESSIONS = ["lower(@0)", "@0 COLLATE NOCASE", "length(@0)", "substr(@0, 1, 3)", "(@0 || @1)", "@0 DESC"]

    @staticmethod
    def render(form, cols):
        out = form
        for k, c in enumerate(cols):
            out = out.replace(f"@{k}", "{{" + c["name"] + "}}")
        return out

    def add_generated(self, t):
        form, type_ = self.r.choice(self.GENERATED)
        # no blob source: lower(X'AB00') is text that is no UTF-8, which the oracle's dump cannot read; nor a column retyped from
        # blob whose rows still hold blobs (no affinity converts one; fz289x_21)
        readable = [c for c in t["columns"] if c["type"] != "blob" and not self.holds_blobs(t, c)]
        sources = self.r.sample(readable, min(len(readable), 2))
        if not sources:
            return False
        if "@1" in form and len(sources) < 2:
            return False
        c = {"name": self.column_name(t), "type": type_,
             "_gen": (form, sources), "_stored": self.r.random() < 0.4, "_made": self.step}
        t["columns"].append(c)
        return True

    def change_generated(self, t):
        gens = [c for c in t["columns"] if "_gen" in c]
        if not gens:
            return False
        g = self.r.choice(gens)
        if self.r.random() < 0.5:
            g["_stored"] = not g["_stored"]
        else:
            form, _ = self.r.choice([f for f in self.GENERATED if "@1" not in f[0]])
            before = [c for c in t["columns"][:t["columns"].index(g)]   # declared before it: no cycle
                      if c["type"] != "blob" and not self.holds_blobs(t, c)]
            if not before:
                return False
            g["_gen"] = (form, [self.r.choice(before)])
        return True

    def drop_with_generated(self, t):
        """A column dropped together with the generated columns reading it (and theirs)."""
        cands = [c for c in self.plain_columns(t) if self.generated_readers(t, c["name"])
                 and not self.in_constraints_besides_generated(t, c["name"])]
        if not cands:
            return False
        doomed = [self.r.choice(cands)]
        for c in doomed:
            for g in self.generated_readers(t, c["name"]):
                if g not in doomed:
                    doomed.append(g)
        if len(doomed) >= len(t["columns"]):
            return False
        for c in doomed:
            self.forget_column(t, c)
        names = {c["name"] for c in doomed}
        t["columns"] = [x for x in t["columns"] if x["name"] not in names]
        t["indexes"] = [i for i in t["indexes"] if not names & set(i["columns"])
                        and not any(s["name"] in names for s in i.get("_expr", ("", []))[1])]
        t["uniques"] = [u for u in t["uniques"] if not names & set(u["columns"])]
        t["checks"] = [k for k in t["checks"] if not any("{{" + n + "}}" in k["expression"] for n in names)]
        for row in self.rows.get(t["name"], []):
            for n in names:
                row.pop(n, None)
        return True

    def in_constraints_besides_generated(self, t, col):
        if col in self.pk(t) or any(col in fk["columns"] for fk in t["foreignKeys"]):
            return True
        return bool(self.referenced(t, col))

    def add_expression_index(self, t):
        form = self.r.choice(self.INDEX_EXPRESSIONS)
        sources = self.r.sample(t["columns"], min(len(t["columns"]), 2))
        if "@1" in form and len(sources) < 2:
            return False
        ix = {"name": self.object_name("ex"), "columns": [], "unique": False, "_expr": (form, sources)}
        if self.r.random() < 0.2:
            ix["where"] = "{{" + sources[0]["name"] + "}} IS NOT NULL"
        t["indexes"].append(ix)
        return True

    def view_outputs(self, v):
        return [alias for _, alias in v["cols"]]

    def add_view(self):
        if self.views and self.r.random() < 0.3:
            source = self.r.choice(self.views)
            pool = self.view_outputs(source)
        else:
            source = self.r.choice(self.tables)
            pool = source["columns"]
        cols = [(c, self.object_name("a")) for c in self.r.sample(pool, min(len(pool), self.r.randint(1, 3)))]
        v = {"name": self.object_name("v"), "source": source, "cols": cols, "where": None}
        if self.r.random() < 0.3:
            v["where"] = self.r.choice(pool)
        self.views.append(v)
        return True

    def change_view(self):
        if not self.views:
            return False
        v = self.r.choice(self.views)
        pool = self.view_outputs(v["source"]) if v["source"] in self.views else v["source"]["columns"]
        readers = [w for w in self.views if w["source"] is v]
        if self.r.random() < 0.5 or readers:
            v["cols"].append((self.r.choice(pool), self.object_name("a")))  # a new output: readers keep theirs
        else:
            v["where"] = None if v["where"] is not None else self.r.choice(pool)
        return True

    def rename_view(self, renames):
        if not self.views:
            return False
        v = self.r.choice(self.views)
        if any(r.get("view") == v["name"] or (r.get("to") == v["name"] and "view" in r) for r in renames):
            return False
        old = v["name"]
        if self.names:
            self.gone_objects.add(old)
        v["name"] = (self.case_variant(old) if self.names and self.r.random() < 0.4 else None) or self.object_name("v")
        renames.append({"view": old, "to": v["name"]})
        return True

    def drop_view(self, v):
        for w in [w for w in self.views if w["source"] is v]:
            self.drop_view(w)
        if v in self.views:
            self.views.remove(v)
            if self.names:
                self.gone_objects.add(v["name"])
        return True

    def forget_column(self, t, col):
        """Views reading a column that goes stop reading it (and views over them the alias); an empty view goes."""
        self.gone_columns.add((id(t), col["name"].lower()))
        self.gone_columns_exact.add((id(t), col["name"]))
        for v in list(self.views):
            if v["source"] is t and v in self.views:
                self.forget_output(v, col)

    def forget_output(self, v, ref):
        def same(c):  # a column by identity, a source view's output by its (unique) alias
            return c is ref if isinstance(ref, dict) else c == ref
        gone = [alias for c, alias in v["cols"] if same(c)]
        v["cols"] = [(c, alias) for c, alias in v["cols"] if not same(c)]
        if v["where"] is not None and same(v["where"]):
            v["where"] = None
        if not v["cols"]:
            self.drop_view(v)
            return
        for alias in gone:
            for w in list(self.views):
                if w["source"] is v and w in self.views:
                    self.forget_output(w, alias)

    @staticmethod
    def quoted(name):
        return '"' + name.replace('"', '""') + '"'

    def view_sql(self, v):
        q = self.quoted
        def ref(c):
            return q(c if isinstance(c, str) else c["name"])
        sql = "SELECT " + ", ".join(f"{ref(c)} AS {q(alias)}" for c, alias in v["cols"]) + " FROM " + q(v["source"]["name"])
        if v["where"] is not None:
            sql += f" WHERE {ref(v['where'])} IS NOT NULL"
        return sql

    # ---- building a table ---------------------------------------------------------------------------------
    def new_column(self, t, with_rows):
        c = {"name": self.column_name(t), "type": self.r.choice(TYPES)}
        if c["type"] == "integer" and self.r.random() < 0.2:
            c["mode"] = "boolean"
        roll = self.r.random()
        if roll < 0.25:
            c["notNull"] = True
            d = self.default(c)
            if d is not None:
                c["default"] = d
            elif with_rows:
                del c["notNull"]
        elif roll < 0.45:
            d = self.default(c)
            if d is not None:
                c["default"] = d
        if not with_rows and self.r.random() < 0.15 and "default" not in c and c.get("mode") != "boolean":
            c["unique"] = True if self.r.random() < 0.5 else self.object_name("uc")
        return c

    def new_table(self):
        t = {"name": self.table_name(), "columns": [], "indexes": [], "foreignKeys": [], "uniques": [], "checks": []}
        if self.names:
            t["_created"] = self.step
        roll = self.r.random()
        if roll < 0.5:
            pk = {"name": "id", "type": "integer", "primaryKey": True}
            if self.r.random() < 0.2:
                pk["autoincrement"] = True
            t["columns"].append(pk)
        elif roll < 0.65:
            t["columns"].append({"name": "code", "type": "text", "primaryKey": True})
        for _ in range(self.r.randint(1, 4)):
            t["columns"].append(self.new_column(t, with_rows=False))
        if roll >= 0.8:
            a = {"name": self.column_name(t), "type": "integer", "notNull": True}
            t["columns"].insert(0, a)
            b = {"name": self.column_name(t), "type": "text", "notNull": True}
            t["columns"].insert(1, b)
            t["primaryKey"] = {"columns": [a["name"], b["name"]]}
        self.tables.append(t)
        self.rows[t["name"]] = []
        for _ in range(2 if self.fk_heavy else 1):
            if self.r.random() < (0.9 if self.fk_heavy else 0.6):
                self.add_foreign_key(t)
        if self.r.random() < 0.4:
            self.add_index(t)
        if self.r.random() < 0.3:
            self.add_check(t)
        if self.extended:
            if self.r.random() < 0.4:
                self.add_generated(t)
            if self.r.random() < 0.3:
                self.add_expression_index(t)
            if self.r.random() < 0.3:
                self.add_view()
        return t

    # ---- changes ------------------------------------------------------------------------------------------
    def add_index(self, t):
        cols = [c["name"] for c in t["columns"]]
        chosen = self.r.sample(cols, min(len(cols), self.r.choice([1, 1, 2])))
        unique = self.r.random() < 0.4 and self.distinct(t, chosen) and not self.unique_over(t, chosen)
        ix = {"name": self.object_name("ix"), "columns": chosen, "unique": unique}
        if self.r.random() < 0.2:
            ix["where"] = "{{" + chosen[0] + "}} IS NOT NULL"
        t["indexes"].append(ix)
        return True

    def add_unique(self, t):
        cols = [c["name"] for c in t["columns"]]
        if len(cols) < 2:
            return False
        chosen = self.r.sample(cols, 2)
        if not self.distinct(t, chosen) or self.unique_over(t, chosen):
            return False
        t["uniques"].append({"name": self.object_name("uq"), "columns": chosen})
        return True

    def add_check(self, t):
        c = self.r.choice(self.plain_columns(t))["name"]
        expr = self.r.choice([
            "{{%s}} IS NOT 'forbidden'" % c,
            "length({{%s}}) < 60" % c,
            "{{%s}} IS NULL OR {{%s}} IS NOT -1" % (c, c),
        ])
        t["checks"].append({"name": self.object_name("ck"), "expression": expr})
        return True

    def add_foreign_key(self, t):
        parents = [p for p in self.tables if self.keyed(p)]
        if not parents:
            return False
        parent = self.r.choice(parents)
        key = self.r.choice(self.keyed(parent))
        # new nullable columns in the child, so every existing row's key is NULL (always satisfied)
        cols = []
        for k in key:
            pc = self.column(parent, k)
            c = {"name": self.column_name(t), "type": pc["type"], "_made": self.step}
            t["columns"].append(c)
            cols.append(c["name"])
            for row in self.rows.get(t["name"], []):
                row[c["name"]] = None
        fk = {"columns": cols, "references": {"table": parent["name"], "columns": list(key)},
              "onDelete": self.r.choice(["cascade", "set null", "restrict", "no action", "cascade", "set default"])}
        if self.r.random() < 0.5:
            fk["name"] = self.object_name("fk")
        if self.r.random() < 0.3:
            fk["onUpdate"] = self.r.choice(self.update_actions(["cascade", "no action"]))
        t["foreignKeys"].append(fk)
        return True

    def add_column(self, t, name=None):
        c = self.new_column(t, with_rows=bool(self.rows.get(t["name"])))
        if name is not None:
            c["name"] = name
        c["_added"] = self.step
        t["columns"].append(c)
        d = c.get("default")
        for row in self.rows.get(t["name"], []):
            row[c["name"]] = None if d is None or isinstance(d, dict) else d
        if isinstance(d, dict):  # an SQL default: the value is computed; keep it out of later key checks
            c["_computed"] = True
        return True

    def unique_keys(self, t):
        """The column lists of t's unique keys: unique columns, unique constraints and indexes, the primary key."""
        return [[x["name"]] for x in t["columns"] if x.get("unique")] + [u["columns"] for u in t["uniques"]] + \
            [i["columns"] for i in t["indexes"] if i["unique"]] + [self.pk(t)]

    def keys_hold_with_default(self, t, c, d):
        """Whether every unique key over c still holds when c, added in this step, fills the rows with default d instead
        (an SQL default gives every row one value: CURRENT_TIMESTAMP is the same within the ALTER TABLE; fz884d_55)."""
        if not self.added_this_step(c):
            return True
        v = None if d is None else ("<computed>" if isinstance(d, dict) else d)
        for cols in self.unique_keys(t):
            if c["name"] not in cols:
                continue
            seen = set()
            for row in self.rows.get(t["name"], []):
                vals = [v if k == c["name"] else row.get(k) for k in cols]
                if any(x is None for x in vals):
                    continue
                key = tuple(repr(x) for x in vals)
                if key in seen:
                    return False
                seen.add(key)
        return True

    def added_this_step(self, c):
        """A column new in this step: added on its own, or made for a foreign key (fz1831d_2: given a default in the same
        step, the database adds it with that default, CURRENT_TIMESTAMP in every existing row)."""
        return getattr(self, "step", None) in (c.get("_added"), c.get("_made")) and "_gen" not in c

    def refill_added(self, t, c, old):
        """A column added in this step whose default then changes: the database adds it with the step's last default only."""
        if not self.added_this_step(c) or old == c.get("default"):
            return
        d = c.get("default")
        for row in self.rows.get(t["name"], []):
            if c["name"] in row:
                row[c["name"]] = None if d is None or isinstance(d, dict) else d
        if isinstance(d, dict):
            c["_computed"] = True

    def drop_column(self, t):
        cands = [c for c in t["columns"] if not self.in_constraints(t, c["name"])]
        if len(t["columns"]) < 2 or not cands:
            return False
        col = self.r.choice(cands)
        c = col["name"]
        self.forget_column(t, col)
        t["columns"] = [x for x in t["columns"] if x["name"] != c]
        t["indexes"] = [i for i in t["indexes"] if c not in i["columns"] and col not in i.get("_expr", ("", []))[1]]
        t["uniques"] = [u for u in t["uniques"] if c not in u["columns"]]
        t["checks"] = [k for k in t["checks"] if "{{" + c + "}}" not in k["expression"]]
        for row in self.rows.get(t["name"], []):
            row.pop(c, None)
        return True

    def renamed(self, t, renames):
        return any(t["name"] in (rn.get("table"), rn["to"]) for rn in renames if "view" not in rn)

    def new_this_step(self, x):
        """names mode: a table or column made in this step is not renamed in it (the rename's source would not be in the step
        before, or another object's there in another case, fz31n_34). "_made" marks the columns add_foreign_key and add_generated
        make (not "_added", which other checks read): renamed in their step, a key column taking a gone column's name in another
        case became a rename of that gone column, its rows' values and all, under the new key (fz171n_25)."""
        return self.names and self.step > 0 and self.step in (x.get("_created"), x.get("_added"), x.get("_made"))

    def rename_column(self, t, renames):
        if self.renamed(t, renames) or self.new_this_step(t):
            return False
        c = self.r.choice(t["columns"])
        if self.new_this_step(c):
            return False
        old = c["name"]
        new = self.case_variant(old) if self.names and self.r.random() < 0.3 else None
        new = new or self.column_name(t)
        self.gone_columns_exact.add((id(t), old))
        c["name"] = new
        renames.append({"table": t["name"], "column": old, "to": new})
        for i in t["indexes"]:
            i["columns"] = [new if x == old else x for x in i["columns"]]
            if "where" in i:
                i["where"] = i["where"].replace("{{" + old + "}}", "{{" + new + "}}")
        for u in t["uniques"]:
            u["columns"] = [new if x == old else x for x in u["columns"]]
        for k in t["checks"]:
            k["expression"] = k["expression"].replace("{{" + old + "}}", "{{" + new + "}}")
        if t.get("primaryKey"):
            t["primaryKey"]["columns"] = [new if x == old else x for x in t["primaryKey"]["columns"]]
        for fk in t["foreignKeys"]:
            fk["columns"] = [new if x == old else x for x in fk["columns"]]
        for _, fk in self.referenced(t):
            fk["references"]["columns"] = [new if x == old else x for x in fk["references"]["columns"]]
        for row in self.rows.get(t["name"], []):
            if old in row:
                row[new] = row.pop(old)
        return True

    def rename_column_and_reuse(self, t, renames):
        if not self.rename_column(t, renames):
            return False
        old = renames[-1]["column"]
        if self.names and self.r.random() < 0.5:
            variant = self.case_variant(old)
            if variant and variant.lower() not in {c["name"].lower() for c in t["columns"]}:
                old = variant
        if old.lower() in {c["name"].lower() for c in t["columns"]}:
            return True  # renamed to itself in another case: its name is still taken
        return self.add_column(t, name=old)

    def rename_table_and_reuse(self, t, renames):
        old = t["name"]
        if not self.rename_table(t, renames):
            return False
        if self.names and self.r.random() < 0.5:
            variant = self.case_variant(old)
            if variant and variant.lower() not in self.used_names():
                old = variant
        if old.lower() in self.used_names():
            return True  # renamed to itself in another case: its name is still taken
        n = self.new_table()
        self.rows.pop(n["name"])
        for _, fk in self.referenced(n):
            fk["references"]["table"] = old
        n["name"] = old
        for x in n["indexes"] + n["uniques"]:   # one the new table took from the gone names may be its own new name
            if x["name"].lower() == old.lower():
                x["name"] = f"ix{self.next()}"

        self.rows[old] = []
        return True

    def rename_table(self, t, renames):
        if self.renamed(t, renames) or self.new_this_step(t):
            return False
        old = t["name"]
        new = self.case_variant(old) if self.names and self.r.random() < 0.3 else None
        new = new or self.table_name()
        self.gone_exact.add(old)
        if any(other is not t for other, _ in self.referenced(t)) or id(t) in self.reached_at_start:
            self.gone_referenced.add(old.lower())
        for _, fk in self.referenced(t):
            fk["references"]["table"] = new
        t["name"] = new
        self.rows[new] = self.rows.pop(old)
        renames.append({"table": old, "to": new})
        return True

    def drop_table(self, t):
        for v in [v for v in self.views if v["source"] is t]:
            self.drop_view(v)
        if any(other is not t for other, _ in self.referenced(t)) or id(t) in self.reached_at_start:
            self.gone_referenced.add(t["name"].lower())
        for other, fk in self.referenced(t):
            if other is not t:
                other["foreignKeys"].remove(fk)
        self.tables.remove(t)
        self.rows.pop(t["name"], None)
        self.gone_names.add(t["name"].lower())
        self.gone_exact.add(t["name"])
        if self.names:
            self.gone_objects.update(x["name"] for x in t["indexes"] + t["uniques"])
        return True

    def retype(self, t):
        # Once only: the applier finds a row by the value inserted, under the column's affinity of the day; after
        # text '070' -> real 70.0 -> blob, 70.0 IS '070' is false though no migration lost anything.
        # a generated column's source may change type (what it reads changes affinity, not name)
        cands = [c for c in t["columns"] if not self.in_constraints_besides_generated(t, c["name"]) and not c.get("_retyped")]
        if not cands:
            return False
        c = self.r.choice(cands)
        before = dict(c)
        c["_retyped"] = True
        c["type"] = self.r.choice([x for x in TYPES if x != c["type"] and not (x == "blob" and self.generated_readers(t, c["name"]))])
        c.pop("mode", None)
        if "default" in c:
            old = c["default"]
            d = self.default(c)
            if not self.keys_hold_with_default(t, c, d):
                c.clear()
                c.update(before)
                return False
            if d is None:
                del c["default"]
                c.pop("notNull", None)
            else:
                c["default"] = d
            self.refill_added(t, c, old)
        return True

    def toggle_not_null(self, t):
        # not a generated column: NOT NULL there holds only where its expression gives a value for every row
        cands = [c for c in t["columns"] if not c.get("primaryKey") and c["name"] not in self.pk(t) and "_gen" not in c]
        if not cands:
            return False
        c = self.r.choice(cands)
        if c.get("notNull"):
            del c["notNull"]
            return True
        if not self.no_nulls(t, c["name"]) or c.get("_computed"):
            return False
        c["notNull"] = True
        return True

    def change_default(self, t):
        c = self.r.choice(t["columns"])
        if "_gen" in c:
            return False
        if c.get("primaryKey") or any(c["name"] in fk["columns"] for fk in t["foreignKeys"]):
            return False  # a key's default would have to name a parent row (a new column's rows take it)
        d = self.default(c)
        old = c.get("default")
        if d is None or self.r.random() < 0.3:
            if c.get("notNull") and "default" in c and not self.rows.get(t["name"]):
                del c["default"]
                return True
            return False
        if not self.keys_hold_with_default(t, c, d):
            return False
        c["default"] = d
        self.refill_added(t, c, old)
        return True

    def drop_something(self, t):
        pools = [p for p in ("indexes", "uniques", "checks", "foreignKeys") if t[p]]
        if not pools:
            return False
        pool = self.r.choice(pools)
        k = self.r.randrange(len(t[pool]))
        if pool == "uniques" and any(fk["references"]["columns"] == t[pool][k]["columns"] for _, fk in self.referenced(t)):
            return False
        gone = t[pool].pop(k)
        if self.names and pool in ("indexes", "uniques"):
            self.gone_objects.add(gone["name"])
        return True

    def toggle_unique(self, t):
        cands = [c for c in t["columns"] if not c.get("primaryKey") and not self.referenced(t, c["name"]) and "_gen" not in c]
        if not cands:
            return False
        c = self.r.choice(cands)
        if c.get("unique"):
            del c["unique"]
            return True
        if not self.distinct(t, [c["name"]]) or c.get("_computed") or self.unique_over(t, [c["name"]]):
            return False
        c["unique"] = True if self.r.random() < 0.5 else self.object_name("uc")
        return True

    def move_primary_key(self, t):
        if self.referenced(t) or t.get("primaryKey"):
            return False
        # not a column added in this step: its rows hold the default it loses here, and the migration fills them with NULL (fz62n_35)
        cands = [c for c in t["columns"] if not c.get("primaryKey") and c["type"] == "text" and not c.get("_computed")
                 and c.get("_added") != self.step and self.no_nulls(t, c["name"]) and self.distinct(t, [c["name"]])]
        if not cands:
            return False
        new = self.r.choice(cands)
        for c in t["columns"]:
            if c.get("primaryKey"):
                del c["primaryKey"]
                c.pop("autoincrement", None)
                c["notNull"] = True
        new["primaryKey"] = True
        new.pop("unique", None)
        new.pop("default", None)
        new.pop("notNull", None)
        return True

    def toggle_autoincrement(self, t):
        for c in t["columns"]:
            if c.get("primaryKey") and c["type"] == "integer":
                if c.get("autoincrement"):
                    del c["autoincrement"]
                else:
                    c["autoincrement"] = True
                return True
        return False

    def change_fk_actions(self, t):
        if not t["foreignKeys"]:
            return False
        fk = self.r.choice(t["foreignKeys"])
        fk["onDelete"] = self.r.choice([a for a in ["cascade", "set null", "restrict", "no action"] if a != fk.get("onDelete")])
        if self.r.random() < 0.3:
            fk["onUpdate"] = self.r.choice(self.update_actions(["cascade", "no action", "restrict"]))
        return True

    def update_actions(self, actions):
        # extended, from round 27 on: every ON UPDATE action (a rebuild's sweep and cuts update keys; fz136x_12)
        return actions + [a for a in ("set null", "set default", "restrict") if a not in actions] if self.extended else actions

    def rename_constraint(self, t):
        pools = [p for p in ("indexes", "uniques", "checks") if t[p]]
        if not pools:
            return False
        x = self.r.choice(t[self.r.choice(pools)])
        if self.names:
            self.gone_objects.add(x["name"])
        if self.names and self.r.random() < 0.4:
            x["name"] = self.case_variant(x["name"]) or x["name"]
            return True
        x["name"] = self.object_name(x["name"].rstrip("0123456789") + "r")
        return True

    def change_check(self, t):
        if not t["checks"]:
            return False
        k = self.r.choice(t["checks"])
        c = self.r.choice(self.plain_columns(t))["name"]
        # -0.125: no value() shape (a counter's -7 was a row's value, fz154x_12)
        k["expression"] = self.r.choice(["{{%s}} IS NOT 'other'" % c, "length({{%s}}) < 70" % c, "{{%s}} IS NOT -0.125" % c])
        return True

    def drop_primary_key(self, t):
        if self.referenced(t) or not self.pk(t):
            return False
        if t.get("primaryKey"):
            del t["primaryKey"]
        for c in t["columns"]:
            if c.pop("primaryKey", None):
                c.pop("autoincrement", None)
        return True

    def composite_primary_key(self, t):
        if self.referenced(t) or t.get("primaryKey"):
            return False
        cands = [c for c in t["columns"] if not c.get("_computed") and self.no_nulls(t, c["name"])]
        if len(cands) < 2:
            return False
        a, b = self.r.sample(cands, 2)
        if not self.distinct(t, [a["name"], b["name"]]):
            return False
        for c in t["columns"]:
            if c.pop("primaryKey", None):
                c.pop("autoincrement", None)
                c["notNull"] = True
        a["notNull"] = b["notNull"] = True
        t["primaryKey"] = {"columns": [a["name"], b["name"]]}
        if self.r.random() < 0.3:
            t["primaryKey"]["name"] = self.object_name("pk")
        return True

    def change(self, renames):
        if not self.tables or self.r.random() < 0.12:
            self.new_table()
            return
        t = self.r.choice(self.tables)
        ops = [
            (3, lambda: self.add_column(t)),
            (2, lambda: not self.renamed(t, renames) and self.drop_column(t)),
            (2, lambda: self.rename_column(t, renames)),
            (1, lambda: self.rename_table(t, renames)),
            (1, lambda: self.rename_column_and_reuse(t, renames)),
            (1, lambda: self.rename_table_and_reuse(t, renames)),
            (3 if self.fk_heavy else 1, lambda: len(self.tables) > 1 and not self.renamed(t, renames) and self.drop_table(t)),
            (3, lambda: self.retype(t)),
            (2, lambda: self.toggle_not_null(t)),
            (2, lambda: self.change_default(t)),
            (2, lambda: self.add_index(t)),
            (1, lambda: self.add_unique(t)),
            (1, lambda: self.add_check(t)),
            (5 if self.fk_heavy else 2, lambda: self.add_foreign_key(t)),
            (2, lambda: self.drop_something(t)),
            (1, lambda: self.toggle_unique(t)),
            (1, lambda: self.move_primary_key(t)),
            (1, lambda: self.toggle_autoincrement(t)),
            (1, lambda: self.change_fk_actions(t)),
            (1, lambda: self.rename_constraint(t)),
            (1, lambda: self.change_check(t)),
            (1, lambda: self.drop_primary_key(t)),
            (1, lambda: self.composite_primary_key(t)),
        ]
        if self.extended:
            ops += [
                (2, lambda: self.add_generated(t)),
                (1, lambda: self.change_generated(t)),
                (1, lambda: not self.renamed(t, renames) and self.drop_with_generated(t)),
                (2, lambda: self.add_expression_index(t)),
                (2, lambda: self.add_view()),
                (2, lambda: self.change_view()),
                (1, lambda: self.rename_view(renames)),
                (1, lambda: bool(self.views) and self.drop_view(self.r.choice(self.views))),
            ]
        for _ in range(10):
            weights = [w for w, _ in ops]
            _, op = self.r.choices(ops, weights)[0]
            if op():
                return

    # ---- rows ---------------------------------------------------------------------------------------------
    def new_row(self, t):
        row = {}
        fk_cols = {}
        for fk in t["foreignKeys"]:
            parent = self.table(fk["references"]["table"])
            parents = [p for p in self.rows.get(parent["name"], [])
                       if all(p.get(c) is not None for c in fk["references"]["columns"])]
            nullable = all(not self.column(t, c).get("notNull") and c not in self.pk(t) for c in fk["columns"])
            if parents and (not nullable or self.r.random() < 0.7):
                p = self.r.choice(parents)
                for c, pc in zip(fk["columns"], fk["references"]["columns"]):
                    fk_cols[c] = p[pc]
            elif nullable:
                for c in fk["columns"]:
                    fk_cols.setdefault(c, None)
            else:
                return None
        for c in t["columns"]:
            name = c["name"]
            if "_gen" in c:
                continue
            if name in fk_cols:
                row[name] = fk_cols[name]
            elif not c.get("notNull") and not c.get("primaryKey") and name not in self.pk(t) and self.r.random() < 0.2:
                row[name] = None
            else:
                row[name] = self.value(c)
        # a value reused from a parent must not break a unique over the child's columns
        for cols in self.unique_keys(t):
            if cols and any(c in fk_cols for c in cols):
                key = tuple(repr(row.get(c)) for c in cols)
                if any(tuple(repr(o.get(c)) for c in cols) == key for o in self.rows.get(t["name"], [])):
                    return None
        return row

    def insert_rows(self):
        out = {}
        for t in self.tables:
            if self.r.random() < 0.25:
                continue
            for _ in range(self.r.randint(1, 3)):
                row = self.new_row(t)
                if row is None:
                    break
                self.rows[t["name"]].append(dict(row))
                out.setdefault(t["name"], []).append(row)
        return out

    # ---- the case -----------------------------------------------------------------------------------------
    def snapshot(self):
        tables = []
        for t in self.tables:
            out = {"name": t["name"], "columns": [self.column_out(c) for c in t["columns"]]}
            if t.get("primaryKey"):
                out["primaryKey"] = dict(t["primaryKey"])
            for key in ("indexes", "foreignKeys", "uniques", "checks"):
                if t[key]:
                    out[key] = [self.index_out(x) if key == "indexes" else dict(x) for x in t[key]]
            tables.append(out)
        return copy.deepcopy(tables)

    def column_out(self, c):
        out = {k: v for k, v in c.items() if not k.startswith("_")}
        if "_gen" in c:
            out["generated"] = {"as": self.render(*c["_gen"]), "type": "stored" if c["_stored"] else "virtual"}
        return out

    def index_out(self, ix):
        if "_expr" not in ix:
            return dict(ix)
        out = {"name": ix["name"], "expressions": [self.render(*ix["_expr"])], "unique": ix["unique"]}
        if "where" in ix:
            out["where"] = ix["where"]
        return out

    def names_apart(self, renames):
        """names mode: a view, index or unique constraint that took a gone name (in another case) which a table then took too,
        later in the step (fz1095n_43: view "T125" and table "t125"), gets a fresh name: SQLite keeps them under one set of names,
        and Godwit rightly refuses the schema."""
        taken = {t["name"].lower() for t in self.tables}
        for t in self.tables:
            for x in t["indexes"] + t["uniques"]:
                if x["name"].lower() in taken:
                    x["name"] = f"ix{self.next()}"
                taken.add(x["name"].lower())
        for v in self.views:
            if v["name"].lower() in taken:
                fresh = f"v{self.next()}"
                for r in renames:
                    if "view" in r and r.get("to") == v["name"]:
                        r["to"] = fresh
                v["name"] = fresh
            taken.add(v["name"].lower())

    def case(self, steps):
        out = []
        for i in range(steps):
            self.step = i
            self.gone_names = set()
            self.gone_columns = set()
            self.gone_exact = set()
            self.gone_columns_exact = set()
            self.gone_objects = set()
            self.gone_referenced = set()
            self.reached_at_start = self.reached_by_keys()
            renames = []
            if i == 0:
                for _ in range(self.r.randint(3, 6) if self.dense else self.r.randint(1, 3)):
                    self.new_table()
            else:
                for _ in range(self.r.randint(1, self.intensity)):
                    self.change(renames)
            self.names_apart(renames)
            step = {"tables": self.snapshot()}
            if self.views:
                step["views"] = [{"name": v["name"], "as": self.view_sql(v)} for v in self.views]
            if renames:
                step["renames"] = renames
            rows = self.insert_rows()
            if rows:
                step["rows"] = copy.deepcopy(rows)
            out.append(step)
        return {"description": "random schema evolution (tools/oracle/fuzz_cases.py)", "steps": out}


class Yaml12Dumper(yaml.SafeDumper):
    """Quotes a string that YAML 1.2 (the oracle's reader) takes for a number: PyYAML, a YAML 1.1 writer, leaves 080 plain,
    which it reads back as a string and the oracle as 80."""

    def ignore_aliases(self, data):
        # a value shared between steps is written out each time: the case readers cap anchors at 50 (fz1752d_*)
        return True


NUMBER_12 = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$|^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$")


def _str(dumper, value):
    if NUMBER_12.match(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_str(value)


Yaml12Dumper.add_representer(str, _str)


def main(argv):
    seed, count, out = int(argv[1]), int(argv[2]), Path(argv[3])
    mode = argv[4] if len(argv) > 4 else ""
    extended, dense, names = mode == "extended", mode in ("dense", "names"), mode == "names"
    out.mkdir(parents=True, exist_ok=True)
    for k in range(count):
        fuzz = Fuzz(seed * 100000 + k, extended, dense, names)
        case = fuzz.case(fuzz.r.randint(3, 6))
        (out / f"fz{seed}{'n' if names else 'd' if dense else 'x' if extended else ''}_{k}.yaml").write_text(yaml.dump(case, Dumper=Yaml12Dumper, sort_keys=False, allow_unicode=True))


if __name__ == "__main__":
    main(sys.argv)
