#!/usr/bin/env python3
"""Checks of case_to_yaml.py (python3 tools/oracle/test_case_to_yaml.py): what it hands Godwit must be what the oracle's
drizzle schema holds, or check-cases.sh reports differences that are the translation's, not Godwit's."""
import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent


class CaseToYamlTest(unittest.TestCase):

    def convert(self, case_text):
        with tempfile.TemporaryDirectory() as d:
            case = Path(d) / "c.yaml"
            case.write_text(case_text)
            subprocess.run([sys.executable, str(HERE / "case_to_yaml.py"), str(case), str(Path(d) / "out")], check=True, capture_output=True)
            return json.loads((Path(d) / "out" / "step0000.yaml").read_text())

    def test_integer_defaults_beyond_2_53_are_javascripts_doubles(self):
        step = self.convert("""steps:
  - tables:
      - name: n
        columns:
          - {name: id, type: integer, primaryKey: true}
          - {name: a, type: integer, default: 9007199254740993}
          - {name: b, type: integer, default: -9223372036854775808}
          - {name: c, type: integer, default: 9007199254740991}
          - {name: d, type: integer, mode: boolean, default: true}
          - {name: e, type: text, default: "9007199254740993"}
""")
        defaults = {c["name"]: c.get("default") for c in step["tables"][0]["columns"]}
        # the oracle's renderer reads the case in JavaScript: drizzle-kit writes DEFAULT 9007199254740992, -9223372036854776000
        self.assertEqual(defaults["a"], 9007199254740992.0)
        self.assertIsInstance(defaults["a"], float)
        self.assertEqual(defaults["b"], -9.223372036854776e18)
        self.assertIsInstance(defaults["b"], float)
        # within 2^53, booleans and strings stay as they are
        self.assertEqual(defaults["c"], 9007199254740991)
        self.assertIsInstance(defaults["c"], int)
        self.assertIs(defaults["d"], True)
        self.assertEqual(defaults["e"], "9007199254740993")
        self.assertNotIn("default", step["tables"][0]["columns"][0])


if __name__ == "__main__":
    unittest.main()
