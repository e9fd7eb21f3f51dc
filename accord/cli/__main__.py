"""``python -m accord.cli``, as the ``accord`` script."""

from . import main

main()
