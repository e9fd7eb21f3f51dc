"""The application file to give ``spark-submit``: runs ``accord code --engine spark``.

    spark-submit --master yarn "$(python -m accord.engines.spark_submit)" news/ -o events/

With arguments, it codes them as ``accord code --engine spark ARGS`` does; without, it prints
its own path (what spark-submit needs: a ``.py`` file). Imports are absolute because
spark-submit runs this file as a script, outside its package.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> None:
    if not argv:
        print(Path(__file__).resolve())
        return
    from accord.cli import main as accord_main

    sys.argv = ["accord", "code", "--engine", "spark", *argv]
    accord_main()


if __name__ == "__main__":
    main(sys.argv[1:])
