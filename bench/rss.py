"""Peak memory of a process and all its descendants (worker processes, a fork server), Linux.

`resource.getrusage(RUSAGE_CHILDREN)` only counts children that were waited for, and pool
workers started by a fork server are not even our children; so a thread samples /proc.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # the command name may hold spaces and parentheses: the fields follow the last ")"
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(parent, []).append(int(entry.name))
    return tree


def _descendants(root: int) -> list[int]:
    tree = _children()
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(tree.get(pid, []))
    return found


def _rss_mb(pid: int) -> float:
    try:
        resident = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return resident * PAGE / 2**20


class TreeSampler:
    """Samples the resident memory of `root` and its descendants every `interval` seconds.

    >>> with TreeSampler(os.getpid()) as sampler:
    ...     work()
    >>> sampler.peak_total_mb, sampler.peak_root_mb, sampler.peak_other_mb
    """

    def __init__(self, root: int, interval: float = 0.25) -> None:
        self.root = root
        self.interval = interval
        self.peak_total_mb = 0.0  # all processes at the same moment
        self.peak_root_mb = 0.0
        self.peak_other_mb = 0.0  # the largest other process
        self.processes = 1
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def sample(self) -> None:
        pids = _descendants(self.root)
        self.processes = max(self.processes, len(pids))
        sizes = {pid: _rss_mb(pid) for pid in pids}
        self.peak_total_mb = max(self.peak_total_mb, sum(sizes.values()))
        self.peak_root_mb = max(self.peak_root_mb, sizes.get(self.root, 0.0))
        others = [size for pid, size in sizes.items() if pid != self.root]
        self.peak_other_mb = max([self.peak_other_mb, *others])

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)
