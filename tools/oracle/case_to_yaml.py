#!/usr/bin/env python3
"""Turns an oracle case (../shared/oracle/cases/*.yaml) into one Godwit YAML descriptor per step.

usage: case_to_yaml.py CASE.yaml OUT_DIR   -> OUT_DIR/step0000.yaml, step0001.yaml, ...
Renames declared by a step become renamedFrom; {{col}} placeholders become quoted column names.
"""
import json
import re
import sys
from pathlib import Path

import re
import yaml  # PyYAML ships with the oracle's python? fall back to a JSON-as-YAML writer below


class Yaml12Loader(yaml.SafeLoader):
    """Reads cases as the oracle's JavaScript `yaml` package does (YAML 1.2): only true/false are booleans, so a
    column named on, off, yes or no stays a string (PyYAML's YAML 1.1 would make it a boolean)."""


Yaml12Loader.yaml_implicit_resolvers = {k: [(tag, rx) for tag, rx in v if tag != 'tag:yaml.org,2002:bool']
                                        for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
Yaml12Loader.add_implicit_resolver('tag:yaml.org,2002:bool', re.compile(r'^(?:true|True|TRUE|false|False|FALSE)$'), list('tTfF'))
# Numbers as YAML 1.2's core schema reads them (1e3, -.5, 0o17 are numbers; -0x10 and 1_000 are strings), not PyYAML's 1.1.
Yaml12Loader.yaml_implicit_resolvers = {k: [(tag, rx) for tag, rx in v if tag not in ('tag:yaml.org,2002:int', 'tag:yaml.org,2002:float')]
                                        for k, v in Yaml12Loader.yaml_implicit_resolvers.items()}
Yaml12Loader.add_implicit_resolver('tag:yaml.org,2002:int', re.compile(r'^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$'), list('-+0123456789'))
Yaml12Loader.add_implicit_resolver('tag:yaml.org,2002:float', re.compile(
    r'^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$'), list('-+0123456789.'))


def _int12(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith('0o'):
        return int(text[2:], 8)
    if text.startswith('0x'):
        return int(text[2:], 16)
    return int(text)


def _float12(loader, node):
    text = loader.construct_scalar(node).lower()
    return float(text.replace('.inf', 'inf').replace('.nan', 'nan'))


Yaml12Loader.add_constructor('tag:yaml.org,2002:int', _int12)
Yaml12Loader.add_constructor('tag:yaml.org,2002:float', _float12)


def js_number(v):
    """A number default as the oracle's drizzle schema holds it: the case is read by JavaScript, where an integer beyond
    2^53 is the nearest double (9007199254740993 is 9007199254740992, -2^63 prints as -9223372036854776000), and drizzle-kit
    writes that double. Godwit keeps a YAML integer exact, so the case hands it the double (which it prints as JavaScript
    does); GoldenCasesTest.readCase(likeDrizzle) does the same for the drizzle-kit folder comparisons."""
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 2 ** 53:
        return float(v)
    return v


def placeholders(text):
    return re.sub(r"\{\{(.+?)\}\}", lambda m: '"' + m.group(1).replace('"', '""') + '"', text)


def convert_step(step):
    renames = step.get("renames") or []
    tables = []
    for t in step["tables"]:
        t = json.loads(json.dumps(t))
        for r in renames:
            if "column" not in r and r["to"] == t["name"]:
                t["renamedFrom"] = r["table"]
        for c in t.get("columns", []):
            for r in renames:
                if "column" in r and r["table"] == t["name"] and r["to"] == c["name"]:
                    c["renamedFrom"] = r["column"]
        for i in t.get("indexes", []) or []:
            if "where" in i:
                i["where"] = placeholders(i["where"])
            if "expressions" in i:
                i["expressions"] = [placeholders(e) for e in i["expressions"]]
        for ch in t.get("checks", []) or []:
            ch["expression"] = placeholders(ch["expression"])
        for c in t.get("columns", []):
            d = c.get("default")
            if isinstance(d, dict) and "sql" in d:
                d["sql"] = placeholders(d["sql"])
            if "default" in c:
                c["default"] = js_number(d)
            g = c.get("generated")
            if g:
                c["generated"] = {"as": placeholders(g["as"]), "type": g.get("type", "virtual")}
        tables.append(t)
    views = []
    for v in step.get("views", []) or []:
        v = {"name": v["name"], "as": v["as"]}
        for r in renames:
            if "view" in r and r["to"] == v["name"]:
                v["renamedFrom"] = r["view"]
        views.append(v)
    return {"tables": tables, "views": views} if views else {"tables": tables}


def main():
    case, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    data = yaml.load(case.read_text(), Loader=Yaml12Loader)
    for i, step in enumerate(data["steps"]):
        # JSON is valid YAML, and it keeps every odd identifier exact.
        (out / f"step{i:04d}.yaml").write_text(json.dumps(convert_step(step), indent=2, ensure_ascii=False) + "\n")
    print(len(data["steps"]))


if __name__ == "__main__":
    main()
